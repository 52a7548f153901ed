import { ApolloLink, Observable } from '@apollo/client';

/** Subscriptions go through a link that is imported on first use, keeping graphql-ws out of the entry bundle. */
export class LazyLiveLink extends ApolloLink {
  private link: Promise<ApolloLink> | null = null;

  constructor(private readonly load: () => Promise<ApolloLink>) {
    super();
  }

  override request(
    operation: ApolloLink.Operation,
    forward: ApolloLink.ForwardFunction,
  ): Observable<ApolloLink.Result> {
    this.link ??= this.load();
    const link = this.link;
    return new Observable((observer) => {
      let inner: { unsubscribe(): void } | undefined;
      let closed = false;
      link.then(
        (l) => {
          if (!closed) inner = l.request(operation, forward).subscribe(observer);
        },
        (err: unknown) => observer.error(err),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }
}
