using System.Text;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// The national follow-up's participants: entered with an effort's follow-up or imported from a
// table, summed per federation, kind and region, and shown publicly with small counts masked.
public sealed class ParticipantsTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    static ParticipantsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Participants Psykolog = new()
    {
        Started = 22, Ongoing = 9, Ended = 13, Women = 2, Men = 20, Aged16To29 = 12, Aged30To49 = 10,
        BeforeSicknessBenefit = 8, BeforeActivitySupport = 6, BeforeIncomeSupport = 8, AfterWork = 6, AfterStudies = 3, AfterJobSeeking = 4,
    };

    [Fact]
    public async Task Participants_entered_with_the_follow_up_are_kept_and_a_breakdown_counting_more_than_started_is_refused()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await grants.CreateAsync(federation, "psykolog");

        var set = await grants.SetFollowUpAsync(new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{effort.Name}/followUps/2022", ActualParticipants = 22, Participants = Psykolog } });
        Assert.Equal(Psykolog, set.Participants);

        var overcounted = Psykolog.Clone();
        overcounted.Women = 3;
        Assert.Equal([("follow_up.participants.women", "INVALID_VALUE")], await RpcAssert.IsInvalidWithReasons(() =>
            grants.SetFollowUpAsync(new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{effort.Name}/followUps/2022", Participants = overcounted } }).ResponseAsync));
        var summary = await grants.SummarizeParticipantsAsync(new SummarizeParticipantsRequest { Parent = $"federations/{federation}", Year = 2022 });
        Assert.Equal(Psykolog, summary.Total);
    }

    [Fact]
    public async Task A_table_imports_every_effort_s_participants_and_a_bad_row_is_refused_by_its_line_with_nothing_stored()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        await grants.CreateAsync(federation, "psykolog");
        await grants.CreateAsync(federation, "katalogen", Efforts.Draft("Insatskatalogen", EffortKind.Structural));
        var table = "Insats;Startade;Pågående;Avslutade;Kvinnor;Män;16–29;30–49;50–64;Sjukpenning;Arbete;Studier\r\n"
            + "psykolog;22;9;13;2;20;12;10;0;8;6;3\r\n"
            + "katalogen;5;5;0;3;2;;;;;;\r\n";

        var imported = await grants.ImportParticipantsAsync(new ImportParticipantsRequest { Parent = $"federations/{federation}", Year = 2022, Content = ByteString.CopyFromUtf8(table) });

        Assert.Equal(2, imported.FollowUps.Count);
        var summary = await host.Grants(Caller.ReaderOf(federation)).SummarizeParticipantsAsync(new SummarizeParticipantsRequest { Parent = $"federations/{federation}", Year = 2022 });
        Assert.Equal((27, 14, 13, 5, 22), (summary.Total.Started, summary.Total.Ongoing, summary.Total.Ended, summary.Total.Women, summary.Total.Men));
        Assert.Equal((22, 5), (summary.Individual.Started, summary.Structural.Started));
        // Nine of thirteen who ended went to work or studies: 69,2 %.
        Assert.Equal(692, summary.ToWorkOrStudiesPermille);

        var bad = table.Replace("katalogen;5;5;0;3;2", "katalogen;5;5;0;3;x", StringComparison.Ordinal) + "okand;1;1;0;;;;;;;;\r\n";
        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () =>
            grants.ImportParticipantsAsync(new ImportParticipantsRequest { Parent = $"federations/{federation}", Year = 2023, Content = ByteString.CopyFrom(Encoding.GetEncoding(1252).GetBytes(bad)) }).ResponseAsync);
        Assert.Equal(["Rad 3: ”x” under män är inget antal personer"], failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Description));

        var unknown = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () =>
            grants.ImportParticipantsAsync(new ImportParticipantsRequest { Parent = $"federations/{federation}", Year = 2023, Content = ByteString.CopyFromUtf8(table + "okand;1;1;0\r\n") }).ResponseAsync);
        Assert.Equal(["Rad 4: förbundet har ingen insats ”okand”"], unknown.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Description));
        Assert.Equal(0, (await grants.SummarizeParticipantsAsync(new SummarizeParticipantsRequest { Parent = $"federations/{federation}", Year = 2023 })).Total.Started);
    }

    [Fact]
    public async Task The_region_sees_every_federation_s_participants_and_their_sum()
    {
        var (first, second) = (host.NewFederation(), host.NewFederation());
        foreach (var (federation, started) in new[] { (first, 10), (second, 7) })
        {
            var grants = host.Grants(Caller.EditorOf(federation));
            await grants.CreateAsync(federation, "psykolog");
            await grants.ImportParticipantsAsync(new ImportParticipantsRequest { Parent = $"federations/{federation}", Year = 2024, Content = ByteString.CopyFromUtf8($"Insats;Startade\npsykolog;{started}\n") });
        }

        var region = await host.Grants().SummarizeRegionParticipantsAsync(new SummarizeRegionParticipantsRequest { Year = 2024 });

        var ours = region.Federations.Where(f => f.Federation == $"federations/{first}" || f.Federation == $"federations/{second}").ToList();
        Assert.Equal([10, 7], ours.OrderBy(f => f.Federation == $"federations/{second}").Select(f => f.Participants.Started));
        Assert.Equal(region.Federations.Sum(f => f.Participants.Started), region.Total.Started);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => host.Grants(Caller.EditorOf(first)).SummarizeRegionParticipantsAsync(new SummarizeRegionParticipantsRequest { Year = 2024 }).ResponseAsync);
    }

    [Fact]
    public async Task The_catalogue_shows_the_latest_year_s_counts_with_small_ones_masked_and_not_recoverable_from_the_totals()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = Efforts.Draft("Psykolog i katalogen", isPublic: true);
        var granted = await grants.GrantAsync(federation, "psykolog", effort, running: true);
        await grants.SetFollowUpAsync(new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{granted.Name}/followUps/2022", Participants = Psykolog } });

        var entry = await host.Grants(Caller.Anonymous).GetCatalogueEntryAsync(new GetCatalogueEntryRequest { Effort = granted.Name });

        var shown = entry.Participants.ToDictionary(count => count.Count, count => count.Shown);
        Assert.Equal(2022, entry.ParticipantsYear);
        Assert.Equal(("22", "< 5", "–"), (shown["started"], shown["women"], shown["men"]));
        Assert.Equal(("12", "10", "0"), (shown["aged_16_to_29"], shown["aged_30_to_49"], shown["aged_50_to_64"]));
        Assert.Equal(("13", "6", "< 5", "< 5"), (shown["ended"], shown["after_work"], shown["after_studies"], shown["after_job_seeking"]));
    }
}
