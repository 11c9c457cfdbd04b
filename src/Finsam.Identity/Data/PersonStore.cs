using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Data;

// People who sign in with a password, kept only as a salted hash, or at the external
// provider they are linked to. They are regional: their creation is in the regional audit
// trail ("").
public sealed class PersonStore(IdentityDbContext db, IPasswordHasher<PersonEntity> passwords, TimeProvider clock)
{
    private const string RegionalTrail = "";

    public Task<bool> ExistsAsync(string username, CancellationToken ct) =>
        db.People.AnyAsync(p => p.Username == username, ct);

    // For sign-in: the person with their password's hash.
    public Task<PersonEntity?> FindAsync(string username, CancellationToken ct) =>
        db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Username == username, ct);

    // For a sign-in at the external provider: the person linked to that subject, if any.
    public Task<PersonEntity?> FindByExternalSubjectAsync(string subject, CancellationToken ct) =>
        db.People.AsNoTracking().SingleOrDefaultAsync(p => p.ExternalSubject == subject, ct);

    // externalSubject: null, or the person's subject at the external provider, which no
    // other person may have.
    public async Task<Contract.Person> CreateAsync(string username, string displayName, string password, string? externalSubject, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (await ExistsAsync(username, ct))
        {
            throw GrpcErrors.AlreadyExists(IdentityNames.Person.Format(username));
        }
        if (externalSubject is not null && await db.People.AnyAsync(p => p.ExternalSubject == externalSubject, ct))
        {
            FieldViolations.Throw("person.external_subject", ViolationReason.Duplicate, "Another person is already linked to this subject.");
        }
        var entity = new PersonEntity
        {
            Username = username,
            DisplayName = displayName,
            PasswordHash = "",
            CreateTime = clock.StoredNow(),
            ExternalSubject = externalSubject,
        };
        entity.PasswordHash = passwords.HashPassword(entity, password);
        db.People.Add(entity);
        var person = AccessMapping.ToContract(entity);
        db.Record(context, clock, RegionalTrail, person.Name, before: null, after: person);
        await db.SaveChangesAsync(ct);
        return person;
    }
}
