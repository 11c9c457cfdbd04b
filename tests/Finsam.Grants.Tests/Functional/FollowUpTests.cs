using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// Uppföljning: what an effort achieved in a year, beside the year before.
public sealed class FollowUpTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task Follow_up_compares_a_year_with_the_year_before()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await grants.CreateAsync(federation, "arbetskonsulenter");
        await SetAsync(grants, effort.Name, 2021, participants: 40, work: 5, studies: 3);
        await SetAsync(grants, effort.Name, 2022, participants: 46, work: 9, studies: 2);

        var comparison = await host.Grants(Caller.ReaderOf(federation)).CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort.Name}/followUps/2022" });

        Assert.Equal(6, comparison.ParticipantsChange);
        Assert.Equal(3, comparison.FinishedToWorkOrStudiesChange);
        Assert.True(comparison.MoreFinishedToWorkOrStudies);
        Assert.Equal((46, 40), (comparison.ThisYear.ActualParticipants, comparison.PreviousYear.ActualParticipants));
        Assert.Equal([("Upplever stöd", 8_150L)], comparison.ThisYear.Indicators.Select(i => (i.Indicator, i.ValueHundredths)));
    }

    [Fact]
    public async Task A_first_year_has_nothing_to_compare_with_and_setting_it_again_replaces_it()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await grants.CreateAsync(federation, "psykolog");
        await SetAsync(grants, effort.Name, 2022, participants: 10, work: 1, studies: 1);
        await SetAsync(grants, effort.Name, 2022, participants: 12, work: 2, studies: 1);

        var comparison = await grants.CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort.Name}/followUps/2022" });

        Assert.Null(comparison.PreviousYear);
        Assert.Equal(12, comparison.ThisYear.ActualParticipants);
        Assert.Equal(0, comparison.ParticipantsChange);
        Assert.False(comparison.MoreFinishedToWorkOrStudies);
    }

    [Fact]
    public async Task More_finished_than_took_part_and_negative_counts_are_refused_and_not_stored()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await grants.CreateAsync(federation, "psykolog");

        var tooMany = await RpcAssert.IsInvalidWithReasons(() => SetAsync(grants, effort.Name, 2023, participants: 1, work: 2, studies: 0));
        var negative = await RpcAssert.IsInvalidWithReasons(() => SetAsync(grants, effort.Name, 2023, participants: -1, work: 0, studies: 0));

        Assert.Equal([("follow_up.finished_to_work", "INVALID_VALUE")], tooMany);
        Assert.Contains(("follow_up.actual_participants", "OUT_OF_RANGE"), negative);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => grants.CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort.Name}/followUps/2023" }).ResponseAsync);
    }

    [Fact]
    public async Task Follow_up_of_an_effort_that_does_not_exist_is_not_found()
    {
        var federation = host.NewFederation();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => SetAsync(host.Grants(), $"federations/{federation}/efforts/finns-inte", 2022, 1, 0, 0));
    }

    private static async Task<FollowUp> SetAsync(GrantsService.GrantsServiceClient grants, string effort, int year, int participants, int work, int studies) =>
        await grants.SetFollowUpAsync(new SetFollowUpRequest
        {
            FollowUp = new FollowUp
            {
                Name = $"{effort}/followUps/{year}",
                PlannedParticipants = 45,
                ActualParticipants = participants,
                FinishedToWork = work,
                FinishedToStudies = studies,
                Indicators = { new IndicatorResult { Indicator = "Upplever stöd", ValueHundredths = 8_150 } },
            },
        });
}
