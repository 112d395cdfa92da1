using System.Security.Cryptography;
using System.Text;

namespace Assessment.Cli.Feeds;

/// <summary>
/// The submission id of a push when none is given: "assess-" and the SHA-256 of the file's bytes and the options that
/// change what is sent (--body, --period, --dry-run). Re-running the same command on the same file after a failure
/// sends the same id, so the system applies the file once; a changed file or option is a new submission.
/// </summary>
internal static class SubmissionIdDerivation
{
    public const string Prefix = "assess-";

    public static string Derive(ReadOnlySpan<byte> content, FeedDefaults defaults, bool dryRun)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        hash.AppendData(Encoding.UTF8.GetBytes($"\0body={defaults.Body}\0period={defaults.Period}\0dry-run={dryRun}"));
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
