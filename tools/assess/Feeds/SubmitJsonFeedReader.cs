using Assessment.Cli.Input;
using Assessment.Contracts.Indicators;
using Google.Protobuf;

namespace Assessment.Cli.Feeds;

/// <summary>
/// JSON in the SubmitRequest shape (the JSON API's body): {"submissionId", "dryRun", "observations": [{"bodyCode",
/// "indicatorCode", "period", "value", "unit", "comment"}]}. Row numbers are the 1-based position in "observations".
/// </summary>
internal static class SubmitJsonFeedReader
{
    public static FeedFile Read(string json, string fileName, FeedDefaults defaults)
    {
        SubmitRequest request;
        try
        {
            request = new JsonParser(JsonParser.Settings.Default).Parse<SubmitRequest>(json);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InputException($"{fileName}: not a SubmitRequest JSON ({{\"observations\": [{{\"bodyCode\": ..., \"indicatorCode\": ..., \"period\": ..., \"value\": ...}}]}}): {e.Message}");
        }
        catch (InvalidJsonException e)
        {
            throw new InputException($"{fileName}: not valid JSON: {e.Message}");
        }

        var values = new List<SourcedValue>(request.Observations.Count);
        for (var i = 0; i < request.Observations.Count; i++)
        {
            var value = request.Observations[i];
            if (value.BodyCode.Length == 0 && defaults.Body is not null)
            {
                value.BodyCode = defaults.Body;
            }

            if (value.Period.Length == 0 && defaults.Period is not null)
            {
                value.Period = defaults.Period;
            }

            values.Add(new SourcedValue(value, i + 1, string.Empty));
        }

        return new FeedFile(FeedFormat.SubmitJson, values, [],
            request.SubmissionId.Length > 0 ? request.SubmissionId : null, request.DryRun);
    }
}
