using Grpc.Core;
using Microsoft.Net.Http.Headers;

namespace Finsam.Documents.Grpc;

// The file name a browser or curl -OJ saves a rendered file under, as a Content-Disposition
// header for HTTP clients. Set on the HTTP response itself, not with
// WriteResponseHeadersAsync: that would send the headers before JSON transcoding sets the
// file's content type.
internal static class DocumentDownloads
{
    public static void Name(ServerCallContext context, string fileName)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        context.GetHttpContext().Response.Headers.ContentDisposition = disposition.ToString();
    }
}
