using Gateway.Eclaire.Domain;

namespace Gateway.Eclaire.Tests;

public sealed class EclaireRoutesTests
{
    [Fact]
    public void Empty_search_sends_no_parameter() =>
        Assert.Equal("R4/ResearchStudy", EclaireRoutes.Search(new StudySearch()));

    [Fact]
    public void Every_parameter_is_sent_in_a_fixed_order()
    {
        var search = new StudySearch
        {
            Identifier = "2022-500014-26-00",
            Text = "cancer du sein",
            Content = "HER2",
            Status = StudyStatus.TemporarilyClosedToAccrual,
            LastUpdated = [new(DateComparison.GreaterOrEqual, new DateOnly(2024, 1, 1)), new(DateComparison.LessThan, new DateOnly(2024, 2, 1))],
            Sort = new StudySort(StudySortField.LastUpdated, Descending: true),
            IncludeRelated = true,
            Count = 50,
            Offset = 100,
        };

        Assert.Equal(
            "R4/ResearchStudy?identifier=2022-500014-26-00&_text=cancer%20du%20sein&_content=HER2&status=temporarily-closed-to-accrual"
            + "&_lastUpdated=ge2024-01-01&_lastUpdated=lt2024-02-01&_sort=-meta.lastUpdated&_include=*&_count=50&_getpagesoffset=100",
            EclaireRoutes.Search(search));
    }

    [Theory]
    [InlineData(DateComparison.Equal, "_lastUpdated=2023-04-12")]
    [InlineData(DateComparison.GreaterThan, "_lastUpdated=gt2023-04-12")]
    [InlineData(DateComparison.GreaterOrEqual, "_lastUpdated=ge2023-04-12")]
    [InlineData(DateComparison.LessThan, "_lastUpdated=lt2023-04-12")]
    [InlineData(DateComparison.LessOrEqual, "_lastUpdated=le2023-04-12")]
    public void Last_updated_is_a_strict_date_with_its_prefix(DateComparison comparison, string expected) =>
        Assert.Equal(
            "R4/ResearchStudy?" + expected,
            EclaireRoutes.Search(new StudySearch { LastUpdated = [new(comparison, new DateOnly(2023, 4, 12))] }));

    [Theory]
    [InlineData(StudySortField.LastUpdated, false, "meta.lastUpdated")]
    [InlineData(StudySortField.Id, true, "-_id")]
    [InlineData(StudySortField.Status, false, "status.keyword")]
    public void Sorts_use_the_indexed_field_names(StudySortField field, bool descending, string expected) =>
        Assert.Equal("R4/ResearchStudy?_sort=" + expected, EclaireRoutes.Search(new StudySearch { Sort = new(field, descending) }));

    [Fact]
    public void Blank_values_are_never_sent()
    {
        // An empty parameter makes ECLAIRE ignore all the parameters after it.
        var uri = EclaireRoutes.Search(new StudySearch { Identifier = " ", Text = "", Content = null, Count = 10 });

        Assert.Equal("R4/ResearchStudy?_count=10", uri);
    }

    [Fact]
    public void Lucene_syntax_and_reserved_characters_are_escaped()
    {
        var uri = EclaireRoutes.Search(new StudySearch { Text = "title:(sein AND \"HER2+\") & x=1/2" });

        Assert.Equal("R4/ResearchStudy?_text=title%3A%28sein%20AND%20%22HER2%2B%22%29%20%26%20x%3D1%2F2", uri);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void Count_outside_one_to_hundred_is_refused(int count)
    {
        var error = Assert.Throws<EclaireBadRequestException>(() => EclaireRoutes.Search(new StudySearch { Count = count }));

        Assert.False(error.FromUpstream);
        Assert.Contains("_count", error.Diagnostics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void Offsets_outside_the_result_window_are_refused(int offset) =>
        Assert.Throws<EclaireBadRequestException>(() => EclaireRoutes.Search(new StudySearch { Offset = offset }));

    [Theory]
    [InlineData(9_990, 50, "_count=10&_getpagesoffset=9990", 10)]
    [InlineData(9_990, null, "_count=10&_getpagesoffset=9990", 10)]
    [InlineData(9_900, null, "_getpagesoffset=9900", 20)]
    [InlineData(0, null, "", 20)]
    public void The_last_page_is_shortened_to_end_in_the_window(int offset, int? count, string expected, int pageSize)
    {
        var search = new StudySearch { Offset = offset, Count = count };

        Assert.Equal(("R4/ResearchStudy" + (expected.Length > 0 ? "?" + expected : string.Empty), pageSize), (EclaireRoutes.Search(search), EclaireRoutes.PageSize(search)));
    }

    [Fact]
    public void Read_routes_escape_the_id_as_one_segment()
    {
        Assert.Equal("R4/ResearchStudy/2022-500014-26-00", EclaireRoutes.Study("2022-500014-26-00"));
        Assert.Equal("R4/Group/a%2F..%2Fb-enrollment-group", EclaireRoutes.Group("a/../b-enrollment-group"));
        Assert.Equal("R4/Location/x-0-site", EclaireRoutes.Location("x-0-site"));
        Assert.Equal("R4/Organization/ansm", EclaireRoutes.Organization("ansm"));
        Assert.Equal("api/statistics", EclaireRoutes.Statistics);
    }
}
