/** Local contacts from settings.json on the Support page, at the end of the Summary and on My record, with and without any listed. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths.ts';
import type { LocalContact } from '../../src/course/types.ts';
import { fixtureSource } from '../fixtures/fixture-course.ts';
import { renderApp } from './render-app.tsx';

const contacts: LocalContact[] = [
  { id: 'mash', kind: 'front-door', name: 'Anytown MASH', phone: '01234 567890', hours: '9am to 5pm' },
  { id: 'lado', kind: 'lado', name: 'Anytown LADO', email: 'lado@example.org', detail: 'Call before the end of the working day.' },
  { id: 'escalation', kind: 'escalation', name: 'Anytown escalation policy', url: 'https://example.org/escalation' },
];
const withContacts = { ...fixtureSource, course: { ...fixtureSource.course, localContacts: contacts } };
const summary = fixtureSource.course.lessons.find((l) => l.kind === 'summary')!;
const lastSection = paths.lesson(summary.id, summary.sections.at(-1)!.id);

async function localSection() {
  const heading = await screen.findByRole('heading', { name: 'Local safeguarding contacts' });
  return within(heading.closest('section')!);
}

describe('local contacts', () => {
  it.each([
    ['the Support page', paths.support],
    ['the end of the Summary', lastSection],
    ['My record', paths.record],
  ])('on %s: each contact with its kind, and links to call, e-mail or open', async (_, route) => {
    renderApp(route, withContacts);
    const section = await localSection();
    expect(section.getByRole('heading', { name: 'Anytown MASH' })).toBeInTheDocument();
    expect(section.getByText("Children's social care front door or MASH")).toBeInTheDocument();
    expect(section.getByRole('link', { name: '01234 567890' })).toHaveAttribute('href', 'tel:01234567890');
    expect(section.getByText(/\(9am to 5pm\)/)).toBeInTheDocument();
    expect(section.getByText('LADO (Local Authority Designated Officer)')).toBeInTheDocument();
    expect(section.getByText('Call before the end of the working day.')).toBeInTheDocument();
    expect(section.getByRole('link', { name: 'lado@example.org' })).toHaveAttribute('href', 'mailto:lado@example.org');
    // No detail given: the course says what an escalation policy is for.
    expect(section.getByText(/resolve a disagreement between agencies/)).toBeInTheDocument();
    const policy = section.getByRole('link', { name: 'Anytown escalation policy (opens in a new tab)' });
    expect(policy).toHaveAttribute('href', 'https://example.org/escalation');
    expect(policy).toHaveAttribute('rel', 'noopener noreferrer');
    expect(section.queryByText(/has not listed local contacts/)).toBeNull();
  });

  it.each([
    ['the Support page', paths.support],
    ['the end of the Summary', lastSection],
    ['My record', paths.record],
  ])('on %s without any: says who can tell the learner instead', async (_, route) => {
    renderApp(route);
    const section = await localSection();
    expect(section.getByText(/Your organisation has not listed local contacts in this course/)).toBeInTheDocument();
    expect(section.getByText(/the LADO/)).toBeInTheDocument();
    expect(section.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('come after the Summary lesson’s own content, and not in other lessons', async () => {
    const { unmount } = renderApp(lastSection, withContacts);
    const local = await screen.findByRole('heading', { name: 'Local safeguarding contacts' });
    const sources = screen.getByRole('heading', { name: 'Sources' });
    expect(sources.compareDocumentPosition(local) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount();
    const other = fixtureSource.course.lessons.find((l) => l.kind !== 'summary' && !l.contentNote)!;
    renderApp(paths.lesson(other.id, other.sections.at(-1)!.id), withContacts);
    await screen.findByRole('heading', { name: 'Sources' });
    expect(screen.queryByRole('heading', { name: 'Local safeguarding contacts' })).toBeNull();
  });
});
