using System.Security.Cryptography;
using Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Rendering;

public sealed record RenderedDocument(FileFormat Format, string FileName, string ContentType, byte[] Content)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));
}
