using Assessment.Reporting.Pages;

namespace Assessment.Reporting.Tests.Pages;

public class TextDiffTests
{
    [Fact]
    public void A_changed_weight_is_one_line_removed_and_one_added_with_their_line_numbers()
    {
        var changes = TextDiff.Changes("id: x\nversion: \"1\"\nweight: 0.3\nend", "id: x\nversion: \"2\"\nweight: 0.45\nend");

        Assert.Equal(
            [new TextDiff.Line('-', 2, "version: \"1\""), new TextDiff.Line('-', 3, "weight: 0.3"), new TextDiff.Line('+', 2, "version: \"2\""), new TextDiff.Line('+', 3, "weight: 0.45")],
            changes.OrderBy(c => c.Kind == '+').ThenBy(c => c.Number));
    }

    [Fact]
    public void Identical_texts_have_no_changes_whatever_their_line_endings()
    {
        Assert.Empty(TextDiff.Changes("a\r\nb\r\n", "a\nb\n"));
    }

    [Fact]
    public void An_inserted_line_is_only_an_addition()
    {
        Assert.Equal([new TextDiff.Line('+', 2, "new")], TextDiff.Changes("a\nb", "a\nnew\nb"));
    }
}
