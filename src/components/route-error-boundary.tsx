/**
 * Around every route: a page that throws while rendering shows "Something went wrong" with
 * a way back, inside the usual frame, instead of taking the whole app down to a white
 * screen. The routes are declared with <HashRouter> and <Routes>, not a data router, so
 * react-router's errorElement does not apply here: this is a React class boundary. It only
 * shows and logs the error; it never touches progress, so nothing saved is lost.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../config/paths.ts';
import { PageHeading } from './page-heading.tsx';

/** Where "back" leads: the course map, or in presentation mode the chooser of decks. */
export type BackTo = 'course-map' | 'chooser';

export function RouteErrorBoundary({ back = 'course-map', children }: { back?: BackTo; children: ReactNode }) {
  const location = useLocation();
  // On the chooser itself, going back to it would only fail again.
  const target = back === 'chooser' && location.pathname !== paths.briefing ? 'chooser' : 'course-map';
  // Any navigation gives the page a fresh start.
  return (
    <Boundary resetKey={location.key} back={target}>
      {children}
    </Boundary>
  );
}

interface Props {
  resetKey: string;
  back: BackTo;
  children: ReactNode;
}

interface State {
  error?: unknown;
  resetKey: string;
}

class Boundary extends Component<Props, State> {
  state: State = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // For whoever supports the course: the learner sees a plain message, the console the cause.
    console.error('A page of the course failed to show:', error, info.componentStack);
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <>
        <PageHeading title="Something went wrong" />
        <p>This page could not be shown. Your progress is not affected.</p>
        <p>
          {this.props.back === 'chooser' ? (
            <Link to={paths.briefing}>Back to Team briefings</Link>
          ) : (
            <Link to={paths.home}>Go to the course map</Link>
          )}
        </p>
      </>
    );
  }
}
