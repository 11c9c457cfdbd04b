// A circuit's connection in one request, a WebSocket with no negotiation before it: behind a
// proxy without sticky sessions (DCP's, in front of local replicas) the negotiation and the
// WebSocket could otherwise reach two different replicas of the app.
Blazor.start({
    circuit: {
        configureSignalR: builder => builder.withUrl('_blazor', { skipNegotiation: true, transport: 1 /* WebSockets */ }),
    },
});
