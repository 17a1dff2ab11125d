import { Component, type ReactNode } from 'react';

interface Props {
  message: string;
  children: ReactNode;
}

/** One broken view must never blank the page. */
export class ViewErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <div role="alert" className="panel panel--error">
        {this.props.message}
      </div>
    ) : (
      this.props.children
    );
  }
}
