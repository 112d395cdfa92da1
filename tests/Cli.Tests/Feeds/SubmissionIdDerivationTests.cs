using System.Text;
using Assessment.Cli.Feeds;

namespace Assessment.Cli.Tests.Feeds;

public class SubmissionIdDerivationTests
{
    private static readonly byte[] File = Encoding.UTF8.GetBytes("body,indicator,period,value\nKZ-11,avg_salary,2024,250155\n");

    [Fact]
    public void The_same_file_and_options_give_the_same_id_so_a_rerun_is_applied_once() =>
        Assert.Equal(SubmissionIdDerivation.Derive(File, new FeedDefaults(null, "2024"), false),
            SubmissionIdDerivation.Derive(File.ToArray(), new FeedDefaults(null, "2024"), false));

    [Fact]
    public void A_changed_byte_period_body_or_dry_run_gives_another_id()
    {
        var changed = File.ToArray();
        changed[^2] = (byte)'6';
        var ids = new[]
        {
            SubmissionIdDerivation.Derive(File, new FeedDefaults(null, "2024"), false),
            SubmissionIdDerivation.Derive(changed, new FeedDefaults(null, "2024"), false),
            SubmissionIdDerivation.Derive(File, new FeedDefaults(null, "2025"), false),
            SubmissionIdDerivation.Derive(File, new FeedDefaults("KZ-11", "2024"), false),
            SubmissionIdDerivation.Derive(File, new FeedDefaults(null, "2024"), true),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Is_a_valid_submission_id_for_the_system()
    {
        var id = SubmissionIdDerivation.Derive(File, new FeedDefaults(null, null), false);

        Assert.StartsWith("assess-", id);
        Assert.InRange(id.Length, 1, 128);
        Assert.All(id, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'));
    }
}
