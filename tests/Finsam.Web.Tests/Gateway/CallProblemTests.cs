using Finsam.Web.Gateway;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Finsam.Web.Tests.Gateway;

public sealed class CallProblemTests
{
    [Fact]
    public void Refused_input_is_named_per_field_in_Swedish_and_none_is_dropped()
    {
        var refused = Refusal(Code.InvalidArgument, new BadRequest
        {
            FieldViolations =
            {
                new BadRequest.Types.FieldViolation { Field = "federation.members[1].population", Reason = "OUT_OF_RANGE", Description = "Needs a population above zero." },
                new BadRequest.Types.FieldViolation { Field = "federation.members[1].population", Reason = "INVALID_VALUE", Description = "Something else." },
                new BadRequest.Types.FieldViolation { Field = "federation.etag", Reason = "REQUIRED", Description = "Required." },
            },
        });

        var problem = CallProblem.From(refused);

        Assert.Equal("Rätta det som är markerat och försök igen.", problem.Notice);
        Assert.Equal("Värdet ligger utanför det tillåtna. Värdet är inte giltigt.", problem.For("federation.members[1].population"));
        Assert.Null(problem.For("federation.members[0].population"));
        Assert.Equal(["Fyll i det här."], problem.Others(["federation.members[1].population"]).Select(other => other.Text));
        Assert.Equal(["federation.etag"], problem.Others(["federation.members[1].population"]).Select(other => other.Field));
        Assert.DoesNotContain("population above zero", problem.Notice + problem.For("federation.members[1].population"));
    }

    [Fact]
    public void An_unknown_placeholder_is_named_as_it_was_typed()
    {
        var refused = Refusal(Code.InvalidArgument, new BadRequest
        {
            FieldViolations =
            {
                new BadRequest.Types.FieldViolation { Field = "plan_text.sections[1].text", Reason = "UNKNOWN_PLACEHOLDER", Description = "Unknown placeholder 'budget.incme'." },
                new BadRequest.Types.FieldViolation { Field = "plan_text.sections[2].text", Reason = "UNKNOWN_PLACEHOLDER", Description = "No name given." },
            },
        });

        var problem = CallProblem.From(refused);

        Assert.Equal("Okänd platshållare: budget.incme.", problem.For("plan_text.sections[1].text"));
        Assert.Equal("Okänd platshållare.", problem.For("plan_text.sections[2].text"));
    }

    [Fact]
    public void Every_reason_code_the_services_send_has_its_own_Swedish_text()
    {
        string[] codes = ["REQUIRED", "INVALID_FORMAT", "OUT_OF_RANGE", "TOO_LONG", "TOO_SHORT", "TOO_MANY", "DUPLICATE", "NOT_ALLOWED",
            "UNKNOWN_PLACEHOLDER", "UNKNOWN_FIELD", "INVALID_TYPE", "INVALID_CHARACTER", "OTHER_FEDERATION"];
        var texts = codes.Select(CallProblem.ReasonText).ToList();
        Assert.Equal(codes.Length, texts.Distinct().Count());
        Assert.DoesNotContain(CallProblem.ReasonText("INVALID_VALUE"), texts);
    }

    [Fact]
    public void A_stale_edit_and_a_service_that_is_down_are_told_apart_and_both_keep_what_was_typed()
    {
        var stale = CallProblem.From(Refusal(Code.Aborted, new ErrorInfo { Reason = "STALE_ETAG", Domain = "finsam" }));
        Assert.True(stale.IsStale);
        Assert.False(stale.IsUnavailable);
        Assert.Contains("det du har skrivit finns kvar", stale.Notice);

        var down = CallProblem.From(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "grants is unavailable; try again shortly.")));
        Assert.True(down.IsUnavailable);
        Assert.False(down.IsStale);
        Assert.Contains("Det du har skrivit finns kvar", down.Notice);
        Assert.DoesNotContain("grants", down.Notice);
    }

    [Fact]
    public void A_refused_move_says_why()
    {
        var refused = CallProblem.From(Refusal(Code.FailedPrecondition, new PreconditionFailure
        {
            Violations = { new PreconditionFailure.Types.Violation { Type = "DECISION_REQUIRED", Subject = "federations/x/efforts/y", Description = "Record the decision first." } },
        }));
        Assert.Equal("Det går inte att göra i det läge det är nu.", refused.Notice);
        Assert.Equal("Record the decision first.", refused.Explanation);
        Assert.Equal("DECISION_REQUIRED", refused.RefusalType);
        Assert.Equal("Skäl på svenska.", refused.WithExplanation("Skäl på svenska.").Explanation);
    }

    private static RpcException Refusal(Code code, Google.Protobuf.IMessage detail) =>
        new Status { Code = (int)code, Message = "English for developers.", Details = { Any.Pack(detail) } }.ToRpcException();
}
