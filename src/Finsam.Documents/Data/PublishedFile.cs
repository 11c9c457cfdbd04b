namespace Finsam.Documents.Data;

// One format of a published version, as it was published.
public sealed record PublishedFile(string FileName, string ContentType, byte[] Content, string Sha256);
