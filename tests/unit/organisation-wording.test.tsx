import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/app.tsx';
import { CourseContext } from '../../src/components/course-context.tsx';
import { paths } from '../../src/config/paths.ts';
import { commitment, whoToTell } from '../../src/features/accessibility/statement-text.ts';
import { organisationName, UNNAMED_ORGANISATION } from '../../src/lib/organisation.ts';
import { settingsReadme } from '../../scorm/package/package-settings.ts';
import { fixture, fixtureSource } from '../fixtures/fixture-course.ts';

function renderStatement(organisation: string) {
  const source = { ...fixtureSource, course: { ...fixture.meta, organisation } };
  return render(
    <CourseContext.Provider value={source}>
      <MemoryRouter initialEntries={[paths.accessibility]}>
        <AppRoutes />
      </MemoryRouter>
    </CourseContext.Provider>,
  );
}
const mainText = async () =>
  (await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).closest('main')!.textContent!;

describe('the organisation setting', () => {
  it('names no organisation while it is blank or still the shipped "Your organisation"', () => {
    expect(organisationName(UNNAMED_ORGANISATION)).toBeUndefined();
    expect(organisationName('your organisation ')).toBeUndefined();
    expect(organisationName('  ')).toBeUndefined();
    expect(organisationName(undefined)).toBeUndefined();
    expect(organisationName(' Anytown Council ')).toBe('Anytown Council');
  });

  it('reads well with a name, without a possessive on it', () => {
    expect(commitment('Anytown Councils')).toBe('Anytown Councils wants as many people as possible to be able to use this course.');
    expect(whoToTell('Anytown Councils')).toBe(
      'If you find something you cannot use, tell the learning and development team at Anytown Councils, who can provide the content in another format.',
    );
  });

  it('reads well without one', () => {
    expect(commitment(UNNAMED_ORGANISATION)).toBe('We want as many people as possible to be able to use this course.');
    expect(whoToTell(UNNAMED_ORGANISATION)).toBe(
      "If you find something you cannot use, tell your organisation's learning and development team, who can provide the content in another format.",
    );
  });

  it('the accessibility statement with an organisation set names it', async () => {
    renderStatement('Anytown Council');
    const text = await mainText();
    expect(text).toContain('Anytown Council wants as many people');
    expect(text).toContain('tell the learning and development team at Anytown Council, who');
  });

  it('the accessibility statement with no organisation set lets no default show through', async () => {
    renderStatement(UNNAMED_ORGANISATION);
    const text = await mainText();
    expect(text).not.toContain(UNNAMED_ORGANISATION);
    expect(text).toContain('We want as many people');
    expect(text).toContain("tell your organisation's learning and development team, who");
  });

  it("the package's settings README says what the shipped value means", () => {
    const readme = settingsReadme('scorm12', {
      organisation: UNNAMED_ORGANISATION,
      passMark: 80,
      countSkippedLessons: false,
      support: fixture.meta.support,
    });
    expect(readme.replace(/\s+/g, ' ')).toContain('Left as "Your organisation", it names none and says "your organisation" instead.');
  });
});
