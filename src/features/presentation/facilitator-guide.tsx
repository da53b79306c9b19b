/**
 * A short guide for facilitators on the Team briefings page: running a 7-minute briefing,
 * setting up the room, what to do if someone is upset, and the support slide. The support
 * contacts are the course's own, as the support slide shows them.
 */
import { useCourse } from '../../components/course-context.tsx';

export function FacilitatorGuide() {
  const course = useCourse();
  return (
    <section aria-labelledby="guide-heading" className="facilitator-guide">
      <h2 id="guide-heading">Guide for facilitators</h2>

      <h3>How to run a 7-minute briefing</h3>
      <ol>
        <li>Choose one theme. Each briefing has the same seven headings and ends with questions for discussion.</li>
        <li>Before the first slide, say what the topic is, that people can step out at any time, and where support is.</li>
        <li>Present the slides in about seven minutes. The facilitator view shows your notes and the next slide.</li>
        <li>Spend most of the session on the questions. There is no right answer: ask what the team would do differently.</li>
        <li>End on the support slide, and give out the handout if you have it.</li>
      </ol>

      <h3>Setting up the room</h3>
      <ul>
        <li>
          Connect your laptop to the projector as an extended screen (not mirrored). Open the slides, press Facilitator view, and keep that
          window on your laptop.
        </li>
        <li>
          Move the slides to the projector and press F for full screen. If your learning system will not allow full screen, use the link it
          offers to open the slides in their own window.
        </li>
        <li>Check from the back of the room that you can read the slides, and try your clicker before people arrive.</li>
        <li>
          Keys: Right arrow, Page Down, Space or Enter for the next slide (or Reveal in a group scenario); Left arrow or Page Up to go back;
          B for a black screen and W for a white one (any key brings the slide back); S for the support slide; Esc to leave.
        </li>
      </ul>

      <h3>If someone is upset</h3>
      <ul>
        <li>Press B to black the screen, and pause. Stay calm and keep your tone kind.</li>
        <li>
          Let the person step out if they want to. Do not ask them to explain. Offer a quiet word later, or ask a colleague to check on
          them.
        </li>
        <li>Remind everyone where support is: show the support slide.</li>
        <li>If anyone says a child may be at risk, follow your safeguarding procedures. If a child is in immediate danger, call 999.</li>
      </ul>

      <h3>Using the support slide</h3>
      <p>
        The support slide is the last slide of every briefing. Press S, or the Support button, to show it at any time: at the start, when
        someone is upset, and at the end. Leave it on screen as people leave. It lists:
      </p>
      <ul>
        {course.support.map((c) => (
          <li key={c.id}>
            {c.name}
            {c.phone ? `: ${c.phone}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
