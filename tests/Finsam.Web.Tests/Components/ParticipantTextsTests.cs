using Finsam.Contracts.Grants.V1;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Tests.Components;

public sealed class ParticipantTextsTests
{
    [Fact]
    public void Every_count_the_page_lists_is_a_count_of_the_contract_listed_once()
    {
        var listed = ParticipantTexts.Groups.SelectMany(group => group.Rows.Select(row => row.Count)).ToList();

        Assert.Equal(Participants.Descriptor.Fields.InDeclarationOrder().Select(field => field.Name).Order(), listed.Order());
    }

    [Fact]
    public void A_count_is_read_by_its_field_name()
    {
        var participants = new Participants { Started = 22, Women = 12, AfterJobSeeking = 4 };

        Assert.Equal((22, 12, 4, 0), (ParticipantTexts.Count(participants, "started"), ParticipantTexts.Count(participants, "women"), ParticipantTexts.Count(participants, "after_job_seeking"), ParticipantTexts.Count(participants, "men")));
    }

    [Theory]
    [InlineData(692, "69,2 %")]
    [InlineData(1000, "100,0 %")]
    [InlineData(null, "–")]
    public void The_share_to_work_or_studies_is_in_per_cent_with_one_decimal(int? permille, string shown)
    {
        var summary = new ParticipantSummary();
        if (permille is { } value)
        {
            summary.ToWorkOrStudiesPermille = value;
        }

        Assert.Equal(shown, ParticipantTexts.ToWorkOrStudies(summary));
    }
}
