using System.Text.Json;
using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Grpc;
using Google.Protobuf.Reflection;
using Google.Rpc;

namespace Finsam.ServiceKit.Tests;

// google.rpc.BadRequest stands in for any contract: a repeated message with text fields.
public sealed class TranscodedJsonTests
{
    private static List<BadRequest.Types.FieldViolation> Check(string json, MessageDescriptor message, string prefix = "")
    {
        var violations = new FieldViolations();
        using var document = JsonDocument.Parse(json);
        TranscodedJson.CheckBody(document.RootElement, message, prefix, violations);
        return [.. violations.Items];
    }

    [Fact]
    public void A_request_that_fits_the_contract_passes()
    {
        Assert.Empty(Check("""{"fieldViolations": [{"field": "a", "description": "b", "reason": "C"}], "field_violations": null}""", BadRequest.Descriptor));
    }

    [Fact]
    public void A_number_where_text_is_wanted_names_the_field_with_its_index()
    {
        var violation = Assert.Single(Check("""{"field_violations": [{"field": "a"}, {"field": 12}]}""", BadRequest.Descriptor, "bad"));

        Assert.Equal("bad.field_violations[1].field", violation.Field);
        Assert.Equal("INVALID_TYPE", violation.Reason);
    }

    [Fact]
    public void An_unknown_enum_name_lists_the_valid_names_and_no_dotnet_type()
    {
        // google.protobuf.Field's kind: an enum field of a contract that ships with protobuf.
        var violation = Assert.Single(Check("""{"name": "x", "kind": "TYPE_NOPE"}""", Google.Protobuf.WellKnownTypes.Field.Descriptor));

        Assert.Equal("kind", violation.Field);
        Assert.Equal("INVALID_VALUE", violation.Reason);
        Assert.Contains("TYPE_STRING", violation.Description);
        Assert.DoesNotContain("Google.", violation.Description);
    }

    [Fact]
    public void An_enum_given_by_name_or_number_passes()
    {
        Assert.Empty(Check("""{"kind": "TYPE_STRING", "cardinality": 1}""", Google.Protobuf.WellKnownTypes.Field.Descriptor));
    }

    [Fact]
    public void Query_parameters_are_checked_by_the_fields_type()
    {
        var violations = new FieldViolations();

        TranscodedJson.CheckQuery("page_size", ["many"], ListAuditRecordsRequest.Descriptor, violations);
        TranscodedJson.CheckQuery("pageSize", ["50"], ListAuditRecordsRequest.Descriptor, violations);
        TranscodedJson.CheckQuery("not_a_field", ["x"], ListAuditRecordsRequest.Descriptor, violations);

        Assert.Equal(["page_size"], violations.Items.Select(v => v.Field));
    }

    [Fact]
    public void An_unknown_field_is_named()
    {
        var violation = Assert.Single(Check("""{"fieldViolations": [{"feld": "a"}]}""", BadRequest.Descriptor));

        Assert.Equal("field_violations[0].feld", violation.Field);
        Assert.Equal("UNKNOWN_FIELD", violation.Reason);
    }
}
