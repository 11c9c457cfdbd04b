using System.Security.Cryptography;
using System.Text;
using Finsam.Documents.Domain;
using Finsam.Documents.Rendering;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Data;

// Published versions and their files: written once, never changed (the tables refuse it).
public sealed class DocumentVersionStore(DocumentsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Contract.DocumentVersion>> ListAsync(string federationId, Contract.DocumentKind kind, int year, CancellationToken ct)
    {
        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.FederationId == federationId && v.Kind == kind && v.Year == year)
            .OrderBy(v => v.Version)
            .ToListAsync(ct);
        var files = await FileSummariesAsync(federationId, kind, year, null, ct);
        return [.. versions.Select(v => DocumentMapping.ToContract(v, files, withInputs: false))];
    }

    // Every year's versions of both kinds: newest year first, a year's plan before its annual
    // report, each document's oldest first.
    public async Task<IReadOnlyList<Contract.DocumentVersion>> ListEveryYearAsync(string federationId, CancellationToken ct)
    {
        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.FederationId == federationId)
            .ToListAsync(ct);
        var files = (await db.Files.AsNoTracking()
                .Where(f => f.FederationId == federationId)
                .Select(f => new { f.Kind, f.Year, Summary = new FileSummary(f.Version, f.Format, f.FileName, f.Content.Length, f.Sha256) })
                .ToListAsync(ct))
            .ToLookup(f => (f.Kind, f.Year), f => f.Summary);
        // Ordered here: the kind is stored by its name, which does not sort as the kinds do.
        return [.. versions
            .OrderByDescending(v => v.Year).ThenBy(v => v.Kind).ThenBy(v => v.Version)
            .Select(v => DocumentMapping.ToContract(v, files[(v.Kind, v.Year)], withInputs: false))];
    }

    public async Task<Contract.DocumentVersion?> FindAsync(string federationId, Contract.DocumentKind kind, int year, int version, bool withInputs, CancellationToken ct)
    {
        var entity = await db.Versions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.FederationId == federationId && v.Kind == kind && v.Year == year && v.Version == version, ct);
        return entity is null ? null : await WithFilesAsync(entity, withInputs, ct);
    }

    // The version a publish with this request id made, if one did.
    public async Task<Contract.DocumentVersion?> FindByRequestIdAsync(string federationId, Contract.DocumentKind kind, int year, string requestId, CancellationToken ct)
    {
        var entity = await db.Versions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.FederationId == federationId && v.Kind == kind && v.Year == year && v.RequestId == requestId, ct);
        return entity is null ? null : await WithFilesAsync(entity, withInputs: false, ct);
    }

    // format: the format's name, in any case ("pdf", "Pdf").
    public Task<PublishedFile?> FindFileAsync(string federationId, Contract.DocumentKind kind, int year, int version, string format, CancellationToken ct)
    {
        var stored = format.ToUpperInvariant();
        return db.Files.AsNoTracking()
            .Where(f => f.FederationId == federationId && f.Kind == kind && f.Year == year && f.Version == version && f.Format == stored)
            .Select(f => new PublishedFile(f.FileName, f.ContentType, f.Content, f.Sha256))
            .SingleOrDefaultAsync(ct);
    }

    // Keeps the files rendered from these inputs as the next version. A retry with the same
    // request id gets the version the first attempt made.
    public async Task<Contract.DocumentVersion> PublishAsync(
        string federationId,
        Contract.DocumentKind kind,
        int year,
        Contract.DocumentInputs inputs,
        IReadOnlyList<RenderedDocument> files,
        string? requestId,
        ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var latest = await db.Versions.Where(v => v.FederationId == federationId && v.Kind == kind && v.Year == year).MaxAsync(v => (int?)v.Version, ct);
        var version = NewVersion(federationId, kind, year, Publication.NextVersion(latest), inputs, files, requestId, AuditTrail.ActorOf(context));
        var name = DocumentNames.VersionOf(kind).Format(federationId, year, version.Version);
        try
        {
            var result = await db.CreateOnceAsync<DocumentVersionEntity>(
                requestId,
                v => v.FederationId == federationId && v.Kind == kind && v.Year == year && v.RequestId == requestId,
                name,
                () =>
                {
                    db.Versions.Add(version);
                    db.Record(context, clock, federationId, name, before: null, after: Published(version));
                    return version;
                },
                ct);
            return result.Created ? Published(result.Entity) : await WithFilesAsync(result.Entity, withInputs: false, ct);
        }
        catch (RpcException taken) when (taken.StatusCode == StatusCode.AlreadyExists)
        {
            // Another publish took the same number first; this one's inputs may be older than
            // that version's, so it is not kept under the next number unasked.
            throw new RpcException(new Status(StatusCode.Aborted,
                $"{DocumentNames.DocumentOf(kind).Format(federationId, year)} was published by someone else at the same time; publish again to make a newer version."));
        }
    }

    private DocumentVersionEntity NewVersion(
        string federationId, Contract.DocumentKind kind, int year, int number, Contract.DocumentInputs inputs, IReadOnlyList<RenderedDocument> files, string? requestId, string publishedBy)
    {
        // Kept as text, exactly as hashed.
        var inputsJson = JsonFormatter.Default.Format(inputs);
        return new DocumentVersionEntity
        {
            FederationId = federationId,
            Kind = kind,
            Year = year,
            Version = number,
            Budget = inputs.Budget.Name,
            BudgetVersion = inputs.Budget.Version,
            AdoptedOn = inputs.Budget.AdoptedOn,
            ReferenceNumber = inputs.Budget.ReferenceNumber,
            InputsJson = inputsJson,
            InputsSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inputsJson))),
            PublishedBy = publishedBy,
            PublishTime = clock.StoredNow(),
            RequestId = requestId,
            Files = [.. files.Select(f => new DocumentFileEntity
            {
                FederationId = federationId,
                Kind = kind,
                Year = year,
                Version = number,
                Format = DocumentMapping.StoredFormat(f.Format),
                FileName = f.FileName,
                ContentType = f.ContentType,
                Sha256 = f.Sha256,
                Content = f.Content,
            })],
        };
    }

    // A version just written, from the files in hand.
    private static Contract.DocumentVersion Published(DocumentVersionEntity version) =>
        DocumentMapping.ToContract(version, version.Files.Select(f => new FileSummary(f.Version, f.Format, f.FileName, f.Content.Length, f.Sha256)), withInputs: false);

    private async Task<Contract.DocumentVersion> WithFilesAsync(DocumentVersionEntity version, bool withInputs, CancellationToken ct) =>
        DocumentMapping.ToContract(version, await FileSummariesAsync(version.FederationId, version.Kind, version.Year, version.Version, ct), withInputs);

    // What a year's files are (of one version, or of all), without reading their content.
    private Task<List<FileSummary>> FileSummariesAsync(string federationId, Contract.DocumentKind kind, int year, int? version, CancellationToken ct) =>
        db.Files.AsNoTracking()
            .Where(f => f.FederationId == federationId && f.Kind == kind && f.Year == year && (version == null || f.Version == version))
            .Select(f => new FileSummary(f.Version, f.Format, f.FileName, f.Content.Length, f.Sha256))
            .ToListAsync(ct);
}
