/**
 * A screen that fails to load (its code split off and the network gone, or an error while it renders)
 * leaves the rest of the page, header and navigation, in place and says so, instead of blanking the whole
 * app. A new route (`resetKey`) tries again; so does the button, by reloading the page.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  resetKey: string;
  message: string;
  retryLabel: string;
  children: ReactNode;
}

export class ScreenBoundary extends Component<Props, { failedFor: string | undefined }> {
  override state = { failedFor: undefined as string | undefined };

  static getDerivedStateFromError(): { failedFor: string } {
    // The key is set in componentDidCatch's render pass below: mark the failure first.
    return { failedFor: '' };
  }

  override componentDidCatch(): void {
    this.setState({ failedFor: this.props.resetKey });
  }

  override render(): ReactNode {
    const { failedFor } = this.state;
    if (failedFor === undefined || (failedFor !== '' && failedFor !== this.props.resetKey)) return this.props.children;
    return (
      <div role="alert" className="error-text">
        <p>{this.props.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
