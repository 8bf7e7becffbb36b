using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.GraphQL.Tests.CodeFirst;

public class NamingConventionTests
{
    [Theory]
    [InlineData("Title", "title")]
    [InlineData("PublishedOn", "publishedOn")]
    [InlineData("ID", "id")]
    [InlineData("HTTPStatus", "httpStatus")]
    [InlineData("IOStream", "ioStream")]
    [InlineData("already", "already")]
    [InlineData("X", "x")]
    [InlineData("Url2", "url2")]
    public void Members_are_camel_cased(string name, string expected) => Assert.Equal(expected, NamingConventions.ToCamelCase(name));

    [Theory]
    [InlineData("GetStudyAsync", "study")]
    [InlineData("GetStudies", "studies")]
    [InlineData("SearchAsync", "search")]
    [InlineData("Getaway", "getaway")]
    [InlineData("Get", "get")]
    [InlineData("GetAsync", "get")]
    [InlineData("Async", "async")]
    [InlineData("GetURLAsync", "url")]
    public void Method_names_lose_Get_and_Async(string name, string expected) => Assert.Equal(expected, NamingConventions.FieldNameOfMethod(name));

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Http2Error", "HTTP2_ERROR")]
    [InlineData("Value1", "VALUE1")]
    [InlineData("IN_PROGRESS", "IN_PROGRESS")]
    [InlineData("inProgress", "IN_PROGRESS")]
    [InlineData("A", "A")]
    public void Enum_values_are_constant_cased(string name, string expected) => Assert.Equal(expected, NamingConventions.ToConstantCase(name));

    [Fact]
    public void Type_names_drop_generic_arity_and_interface_prefix()
    {
        Assert.Equal("StudyPage", NamingConventions.TypeName(typeof(Page<ClinicalModel.Study>), dropInterfacePrefix: false));
        Assert.Equal("StringInt32Pair", NamingConventions.TypeName(typeof(Pair<string, int>), dropInterfacePrefix: false));
        Assert.Equal("StringIntPair", NamingConventions.TypeName(typeof(Pair<string, int>), dropInterfacePrefix: false, t => t == typeof(int) ? "Int" : t.Name));
        Assert.Equal("Person", NamingConventions.TypeName(typeof(ClinicalModel.IPerson), dropInterfacePrefix: true));
        Assert.Equal("IPerson", NamingConventions.TypeName(typeof(ClinicalModel.IPerson), dropInterfacePrefix: false));
        Assert.Equal("Investigator", NamingConventions.TypeName(typeof(ClinicalModel.Investigator), dropInterfacePrefix: true));
    }

    private sealed record Page<T>(IReadOnlyList<T> Items);

    private sealed record Pair<TFirst, TSecond>(TFirst First, TSecond Second);
}
