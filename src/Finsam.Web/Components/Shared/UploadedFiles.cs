using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Components.Forms;

namespace Finsam.Web.Components.Shared;

// A file an officer chose to read in (a year's bookkeeping, a table of participants): its bytes
// for the service, and the service's objections to what is in it, line by line.
public static class UploadedFiles
{
    // Read whole; the caller refuses a file larger than maxBytes on the size the browser
    // states, before a byte is sent.
    public static async Task<ByteString> ReadAsync(IBrowserFile file, long maxBytes)
    {
        using var copy = new MemoryStream();
        await using (var upload = file.OpenReadStream(maxBytes))
        {
            await upload.CopyToAsync(copy);
        }
        return ByteString.CopyFrom(copy.GetBuffer(), 0, (int)copy.Length);
    }

    // What is wrong with the file itself, as the service names it in the violations of `content`.
    public static List<string> ContentProblems(RpcException failure) =>
        failure.StatusCode == StatusCode.InvalidArgument
            ? [.. failure.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Where(v => v.Field == "content").Select(v => v.Description) ?? []]
            : [];
}
