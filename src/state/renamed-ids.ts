/**
 * Ids renamed in the content since a learner may have saved progress: the one place to say
 * so, read only when saved progress is restored. Without an entry, progress kept under an
 * old id falls back as if the thing were removed (a bookmark goes to the start of its
 * lesson, an attempt under way restarts without using up an attempt; a finished lesson
 * stays finished either way), so an entry is a kindness to learners, never needed for
 * safety. Lesson ids never change (they are the LMS's and the map's anchors).
 *
 * Keys are old ids, values new ones:
 *   sections: { '<lesson>/<old section>': '<new section>' }
 *   scenarios: { '<old scenario>': '<new scenario>' }
 *   steps: { '<scenario, new id>/<old step>': '<new step>' }
 */
export interface RenamedIds {
  sections: Record<string, string>;
  scenarios: Record<string, string>;
  steps: Record<string, string>;
}

export const RENAMED_IDS: RenamedIds = {
  sections: {},
  scenarios: {},
  steps: {},
};

const own = (map: Record<string, string>, key: string) => (Object.hasOwn(map, key) ? map[key] : undefined);

export const renamedSection = (lesson: string, section: string, renames: RenamedIds = RENAMED_IDS) =>
  own(renames.sections, `${lesson}/${section}`) ?? section;
export const renamedScenario = (scenario: string, renames: RenamedIds = RENAMED_IDS) => own(renames.scenarios, scenario) ?? scenario;
/** `scenario` is the scenario's current id (after its own rename). */
export const renamedStep = (scenario: string, step: string, renames: RenamedIds = RENAMED_IDS) =>
  own(renames.steps, `${scenario}/${step}`) ?? step;
