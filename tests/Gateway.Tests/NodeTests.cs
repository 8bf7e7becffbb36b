using System.Text;
using System.Text.Json;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// Relay global ids: every object's <c>id</c> refetches it through <c>node(id:)</c> and through its own root field;
/// an id ECLAIRE does not know is null with a <c>NOT_FOUND</c> error (the documented choice); an id that is not a
/// global id, or names another type, is <c>BAD_USER_INPUT</c>.
/// </summary>
public sealed class NodeTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Every_node_type_round_trips_through_node()
    {
        var listed = await gateway.QueryAsync("""
            { study(id: "2023-A01356-18") { id group { id } sites { id } organization { id } } }
            """);
        listed.AssertNoErrors();
        var study = listed.Data.GetProperty("study");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Study"] = study.GetProperty("id").GetString()!,
            ["Group"] = study.GetProperty("group").GetProperty("id").GetString()!,
            ["Site"] = study.GetProperty("sites")[0].GetProperty("id").GetString()!,
            ["Organization"] = study.GetProperty("organization").GetProperty("id").GetString()!,
        };

        foreach (var (type, id) in ids)
        {
            var response = await gateway.QueryAsync("query($id: ID!) { node(id: $id) { __typename id ... on Study { eclaireId } ... on Group { eclaireId } ... on Site { eclaireId } ... on Organization { eclaireId } } }", new { id });

            response.AssertNoErrors();
            var node = response.Data.GetProperty("node");
            Assert.Equal(type, node.GetProperty("__typename").GetString());
            Assert.Equal(id, node.GetProperty("id").GetString());
            Assert.Equal(type + ":" + node.GetProperty("eclaireId").GetString(), Encoding.UTF8.GetString(Convert.FromBase64String(id)));
        }
    }

    [Fact]
    public async Task Root_fields_take_the_global_id_as_well_as_the_eclaire_id()
    {
        var response = await gateway.QueryAsync("""
            {
              byGlobal: study(id: "U3R1ZHk6MjAyMy1BMDEzNTYtMTg=") { eclaireId }
              byEclaire: study(id: "2023-A01356-18") { eclaireId }
              group(id: "R3JvdXA6MjAyMy1BMDEzNTYtMTgtZW5yb2xsbWVudC1ncm91cA==") { eclaireId }
              organization(id: "T3JnYW5pemF0aW9uOmFuc20=") { eclaireId }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal("2023-A01356-18", response.Data.GetProperty("byGlobal").GetProperty("eclaireId").GetString());
        Assert.Equal("2023-A01356-18", response.Data.GetProperty("byEclaire").GetProperty("eclaireId").GetString());
        Assert.Equal("ansm", response.Data.GetProperty("organization").GetProperty("eclaireId").GetString());
    }

    [Theory]
    [InlineData("study", "2099-A99999-99")]
    [InlineData("group", "2099-A99999-99-enrollment-group")]
    [InlineData("site", "2099-A99999-99-0-site")]
    [InlineData("organization", "who")]
    [InlineData("node", "U3R1ZHk6MjA5OS1BOTk5OTktOTk=")]
    public async Task An_unknown_id_is_null_with_not_found(string field, string id)
    {
        var response = await gateway.QueryAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} statistics {{ totalStudies }} }}", new { id });

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
        Assert.Equal("NOT_FOUND", GraphQLResponse.CodeOf(response.ErrorAt(field)));
        Assert.Contains(id.StartsWith("U3R1", StringComparison.Ordinal) ? "2099-A99999-99" : id, response.ErrorAt(field).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, response.Data.GetProperty("statistics").GetProperty("totalStudies").ValueKind);
    }

    [Theory]
    [InlineData("node", "2023-A01356-18")]
    [InlineData("node", "VW5rbm93bjp4")]
    [InlineData("study", "R3JvdXA6MjAyMy1BMDEzNTYtMTgtZW5yb2xsbWVudC1ncm91cA==")]
    [InlineData("group", "   ")]
    public async Task An_id_that_is_not_one_of_the_type_is_bad_user_input(string field, string id)
    {
        var (response, upstream) = await gateway.QueryCountingAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id });

        Assert.Equal("BAD_USER_INPUT", GraphQLResponse.CodeOf(response.ErrorAt(field)));
        Assert.Equal(0, upstream.Total);
    }
}
