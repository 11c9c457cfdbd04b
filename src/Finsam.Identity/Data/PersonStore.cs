using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Data;

// People who sign in with a password, kept only as a salted hash. They are regional: their
// creation is in the regional audit trail ("").
public sealed class PersonStore(IdentityDbContext db, IPasswordHasher<PersonEntity> passwords, TimeProvider clock)
{
    private const string RegionalTrail = "";

    public Task<bool> ExistsAsync(string username, CancellationToken ct) =>
        db.People.AnyAsync(p => p.Username == username, ct);

    // For sign-in: the person with their password's hash.
    public Task<PersonEntity?> FindAsync(string username, CancellationToken ct) =>
        db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Username == username, ct);

    public async Task<Contract.Person> CreateAsync(string username, string displayName, string password, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (await ExistsAsync(username, ct))
        {
            throw GrpcErrors.AlreadyExists(IdentityNames.Person.Format(username));
        }
        var entity = new PersonEntity
        {
            Username = username,
            DisplayName = displayName,
            PasswordHash = "",
            CreateTime = clock.StoredNow(),
        };
        entity.PasswordHash = passwords.HashPassword(entity, password);
        db.People.Add(entity);
        var person = AccessMapping.ToContract(entity);
        db.Record(context, clock, RegionalTrail, person.Name, before: null, after: person);
        await db.SaveChangesAsync(ct);
        return person;
    }
}
