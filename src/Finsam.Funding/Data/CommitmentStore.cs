using Finsam.Funding.Grpc;
using Finsam.ServiceKit.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.Funding.Data;

// What regions and municipalities commit to pay, per year's allocation.
public sealed class CommitmentStore(FundingDbContext db, TimeProvider clock)
{
    // Sets the member's commitment for the year, creating it the first time.
    public async Task<CommitmentEntity> SetAsync(string federationId, int year, string memberId, long committedOre, ServerCallContext context)
    {
        var commitment = await db.Commitments.SingleOrDefaultAsync(
            c => c.FederationId == federationId && c.Year == year && c.MemberId == memberId, context.CancellationToken);
        var before = commitment?.ToContract();
        if (commitment is null)
        {
            commitment = new CommitmentEntity { FederationId = federationId, Year = year, MemberId = memberId };
            db.Commitments.Add(commitment);
        }
        commitment.CommittedOre = committedOre;
        commitment.UpdateTime = clock.StoredNow();
        var after = commitment.ToContract();
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(context.CancellationToken);
        return commitment;
    }

    // In member order.
    public async Task<IReadOnlyList<CommitmentEntity>> ListAsync(string federationId, int year, CancellationToken ct) =>
        await db.Commitments.AsNoTracking()
            .Where(c => c.FederationId == federationId && c.Year == year)
            .OrderBy(c => c.MemberId)
            .ToListAsync(ct);
}
