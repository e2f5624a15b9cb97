import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react'

// What it shows loads only when something failed.
const ErrorNotice = lazy(() => import('./ErrorNotice.tsx').then((m) => ({ default: m.ErrorNotice })))

type ErrorBoundaryProps = {
  children: ReactNode
  /** When given, the way back is closing the broken part instead of reloading the view. */
  onClose?: () => void
}
type ErrorBoundaryState = { error: Error | null }

/** Catches a component that throws and offers a way back instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <Suspense fallback={null}>
        <ErrorNotice
          error={error}
          onRetry={() => this.setState({ error: null })}
          onClose={this.props.onClose}
        />
      </Suspense>
    )
  }
}
