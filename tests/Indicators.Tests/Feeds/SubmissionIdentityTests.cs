using Assessment.Indicators.Catalogue;
using Assessment.Indicators.Feeds;
using Assessment.Indicators.Feeds.Validation;

namespace Assessment.Indicators.Tests.Feeds;

public class SubmissionIdentityTests
{
    private static readonly FeedRow Row = new(2, "KZ-11", "avg_salary", "2023", 250000, "250000");

    [Fact]
    public void The_same_values_hash_the_same_whatever_their_row_numbers_or_raw_text() =>
        Assert.Equal(SubmissionContentHash.Of([Row]), SubmissionContentHash.Of([Row with { Row = 9, RawValue = "250000.0" }]));

    [Fact]
    public void Any_change_of_value_key_unit_or_comment_changes_the_hash()
    {
        var original = SubmissionContentHash.Of([Row]);
        Assert.NotEqual(original, SubmissionContentHash.Of([Row with { Value = 250000.0001 }]));
        Assert.NotEqual(original, SubmissionContentHash.Of([Row with { Period = "2024" }]));
        Assert.NotEqual(original, SubmissionContentHash.Of([Row with { Unit = "KZT" }]));
        Assert.NotEqual(original, SubmissionContentHash.Of([Row with { Comment = "revised" }]));
    }

    [Theory]
    [InlineData("akmola-2023-001", true)]
    [InlineData("dhis2:job.42_a", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("<script>", false)]
    public void Submission_ids_are_short_plain_tokens(string id, bool valid) => Assert.Equal(valid, SubmissionId.IsValid(id));

    [Theory]
    [InlineData("2024", true)]
    [InlineData("2024Q4", true)]
    [InlineData("202412", true)]
    [InlineData("202400", false)]
    [InlineData("2024W05", false)]
    [InlineData("2024July", false)]
    public void Period_codes_are_years_quarters_or_months(string code, bool valid) => Assert.Equal(valid, PeriodCode.IsWellFormed(code));

    [Fact]
    public void Bodies_are_found_by_code_or_by_name_in_any_language()
    {
        var resolver = new BodyNameResolver(CatalogueSeed.Bodies());
        Assert.Equal("KZ-11", resolver.Resolve("Akmola Region"));
        Assert.Equal("KZ-11", resolver.Resolve("Ақмола облысы"));
        Assert.Equal("KZ-11", resolver.Resolve(" акмолинская область "));
        Assert.Equal("KZ-75", resolver.Resolve("Almaty city"));
        Assert.Equal("KZ-19", resolver.Resolve("Almaty Region"));
        Assert.Null(resolver.Resolve("Atlantis"));
    }
}
