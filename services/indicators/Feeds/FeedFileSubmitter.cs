using System.Text;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Catalogue;
using Assessment.Indicators.Feeds.Readers;
using Assessment.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// Reads a CSV (long or wide) or DHIS2 payload and hands it to the submission processor. A file pushed without a
/// submission id gets one derived from its content, so pushing the same file again applies it once.
/// </summary>
public sealed class FeedFileSubmitter(SubmissionProcessor processor, CatalogueStore catalogue, IOptions<FeedLimits> limits)
{
    public async Task<SubmissionReceipt> SubmitCsvAsync(Stream body, string? submissionId, bool dryRun, string? period, string? idColumn,
        CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (utf8, notUtf8) = await FeedEncoding.CheckAsync(body, cancellationToken);
        if (notUtf8 is not null)
        {
            return await SubmitAsync("csv", new FeedReadResult([], [notUtf8]), submissionId, dryRun, caller, cancellationToken);
        }

        try
        {
            return await SubmitAsync("csv", await ReadCsvAsync(utf8, period, idColumn, cancellationToken), submissionId, dryRun, caller, cancellationToken);
        }
        catch (NotUtf8FeedException e)
        {
            return await SubmitAsync("csv", new FeedReadResult([], [e.Issue]), submissionId, dryRun, caller, cancellationToken);
        }
    }

    private async Task<FeedReadResult> ReadCsvAsync(Stream utf8, string? period, string? idColumn, CancellationToken cancellationToken)
    {
        // Byte-order marks of other encodings were refused above; any other byte that is not UTF-8 stops the read.
        using var text = new StreamReader(new Utf8CheckedStream(utf8), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var records = new CsvRecordReader(text, ReadLimits.MaxFieldLength);
        var header = await records.ReadRecordAsync(cancellationToken);
        FeedReadResult result;
        if (header is not null && !header.IsMalformed && CsvFeedFormatDetector.Detect(header.Fields) == CsvFeedFormat.Wide)
        {
            if (string.IsNullOrWhiteSpace(period))
            {
                result = new FeedReadResult([], [FeedIssueFactory.Create(1, "period", "", "A wide file (one row per body, one column per indicator) "
                    + "carries no period: give it as ?period=2024, or send the long format (body,indicator,period,value).", FeedIssueCodes.MissingField)]);
            }
            else
            {
                var resolver = new BodyNameResolver(await catalogue.ListBodiesAsync(cancellationToken));
                result = await new WideCsvFeedReader(ReadLimits).ReadAsync(header, records, period.Trim(), resolver.Resolve, idColumn, cancellationToken);
            }
        }
        else
        {
            result = await new LongCsvFeedReader(ReadLimits).ReadAsync(header, records, cancellationToken);
        }

        return result;
    }

    public async Task<SubmissionReceipt> SubmitDhis2Async(Stream body, string? submissionId, bool dryRun, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (utf8, notUtf8) = await FeedEncoding.CheckAsync(body, cancellationToken);
        var result = notUtf8 is null
            ? await new Dhis2DataValueSetReader(ReadLimits).ReadAsync(utf8, cancellationToken)
            : new FeedReadResult([], [notUtf8]);
        return await SubmitAsync("dhis2", result, submissionId, dryRun, caller, cancellationToken);
    }

    private FeedReadLimits ReadLimits => new(limits.Value.MaxValuesPerSubmission, limits.Value.MaxCommentLength);

    private Task<SubmissionReceipt> SubmitAsync(string format, FeedReadResult result, string? submissionId, bool dryRun, CallerIdentity caller,
        CancellationToken cancellationToken)
    {
        var id = string.IsNullOrWhiteSpace(submissionId) ? $"{format}-{SubmissionContentHash.Of(result.Rows)[..40]}" : submissionId.Trim();
        return processor.ProcessAsync(id, dryRun, result.Rows, result.Issues, caller, cancellationToken);
    }
}
