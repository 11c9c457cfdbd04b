using Finsam.Contracts.Common.V1;
using Finsam.Web.History;
using Google.Protobuf.WellKnownTypes;

namespace Finsam.Web.Tests.History;

public sealed class MergedTrailTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Trails_of_several_services_come_as_one_oldest_first()
    {
        var funding = new PagedTrail(TrailService.Funding, pageSize: 2, minutes: [0, 3, 4, 9]);
        var grants = new PagedTrail(TrailService.Grants, pageSize: 2, minutes: [1, 2, 5, 6, 7]);
        var trail = new MergedTrail([funding.Source, grants.Source]);

        var first = await trail.NextAsync(4);
        var rest = await trail.NextAsync(10);

        Assert.Equal([0, 1, 2, 3], first.Select(Minute));
        Assert.Equal([4, 5, 6, 7, 9], rest.Select(Minute));
        Assert.Equal(
            [TrailService.Funding, TrailService.Grants, TrailService.Grants, TrailService.Funding, TrailService.Funding, TrailService.Grants, TrailService.Grants, TrailService.Grants, TrailService.Funding],
            first.Concat(rest).Select(entry => entry.Service));
        Assert.False(trail.HasMore);
    }

    [Fact]
    public async Task A_trail_is_read_only_as_far_as_what_is_shown_needs()
    {
        var funding = new PagedTrail(TrailService.Funding, pageSize: 2, minutes: [0, 1, 2, 3, 4, 5]);
        var grants = new PagedTrail(TrailService.Grants, pageSize: 2, minutes: [10, 11]);
        var trail = new MergedTrail([funding.Source, grants.Source]);

        var shown = await trail.NextAsync(3);

        Assert.Equal([0, 1, 2], shown.Select(Minute));
        Assert.Equal((2, 1), (funding.PagesRead, grants.PagesRead));
        Assert.True(trail.HasMore);
    }

    [Fact]
    public async Task Records_at_the_same_time_go_in_the_order_the_services_were_given()
    {
        var trail = new MergedTrail([new PagedTrail(TrailService.Budget, 5, [1]).Source, new PagedTrail(TrailService.Documents, 5, [1]).Source]);

        Assert.Equal([TrailService.Budget, TrailService.Documents], (await trail.NextAsync(5)).Select(entry => entry.Service));
    }

    [Fact]
    public async Task What_is_not_kept_is_skipped_page_after_page()
    {
        var trail = new MergedTrail([new PagedTrail(TrailService.Funding, 1, [0, 1, 2, 3]).Source], keep: record => record.Resource.EndsWith('3'));

        Assert.Equal([3], (await trail.NextAsync(10)).Select(Minute));
        Assert.False(trail.HasMore);
    }

    [Fact]
    public async Task An_empty_trail_has_nothing_more()
    {
        var trail = new MergedTrail([new PagedTrail(TrailService.Grants, 5, []).Source]);

        Assert.True(trail.HasMore);
        Assert.Empty(await trail.NextAsync(5));
        Assert.False(trail.HasMore);
    }

    private static int Minute(TrailEntry entry) => (int)(entry.Record.Time.ToDateTimeOffset() - Start).TotalMinutes;

    // A service's trail, oldest first, in pages whose token is the index of the next record.
    private sealed class PagedTrail(TrailService service, int pageSize, int[] minutes)
    {
        public int PagesRead { get; private set; }

        public TrailSource Source => new(service, token =>
        {
            PagesRead++;
            var from = token.Length == 0 ? 0 : int.Parse(token);
            var response = new ListAuditRecordsResponse
            {
                NextPageToken = from + pageSize < minutes.Length ? (from + pageSize).ToString() : "",
            };
            response.Records.AddRange(minutes.Skip(from).Take(pageSize).Select(minute => new AuditRecord
            {
                Sequence = minute,
                Time = Timestamp.FromDateTimeOffset(Start.AddMinutes(minute)),
                Resource = $"federations/sundsvall/efforts/e{minute}",
            }));
            return Task.FromResult(response);
        });
    }
}
