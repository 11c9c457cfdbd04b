namespace Finsam.FunctionalTesting.Hosting;

// Each request to the next replica in turn, as a load balancer without affinity sends them:
// two requests in a row never reach the same one.
public sealed class TakingTurns(params HttpMessageHandler[] replicas) : HttpMessageHandler
{
    private readonly HttpMessageInvoker[] _replicas = [.. replicas.Select(replica => new HttpMessageInvoker(replica))];
    private int _sent;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _replicas[(Interlocked.Increment(ref _sent) - 1) % _replicas.Length].SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var replica in _replicas)
            {
                replica.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}
