using Assessment.Reporting.Api;

namespace Assessment.Reporting.Contests;

/// <summary>The checks on a contest and an answer that need nothing but the request itself.</summary>
public static class ContestRules
{
    public const int MinReason = 10;
    public const int MaxReason = 4000;
    public const int MaxCode = 64;
    public static readonly IReadOnlyList<string> Outcomes = ["upheld", "rejected", "partly-upheld"];

    public static IResult? Check(ContestRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.BodyCode))
        {
            return Problems.BadRequest("bodyCode", null, "name the body whose score is contested");
        }

        if (request.BodyCode.Length > MaxCode)
        {
            return Problems.BadRequest("bodyCode", request.BodyCode, $"is longer than {MaxCode} characters");
        }

        if (request.IndicatorCode is { Length: > MaxCode })
        {
            return Problems.BadRequest("indicatorCode", request.IndicatorCode, $"is longer than {MaxCode} characters");
        }

        if (request.Area is { Length: > MaxCode })
        {
            return Problems.BadRequest("area", request.Area, $"is longer than {MaxCode} characters");
        }

        return TextLength("reason", request.Reason);
    }

    public static IResult? Check(ContestAnswerRequest request)
    {
        if (TextLength("answer", request.Answer) is { } refusal)
        {
            return refusal;
        }

        return request.Outcome is not null && Outcomes.Contains(request.Outcome)
            ? null
            : Problems.BadRequest("outcome", request.Outcome, $"must be one of {string.Join(", ", Outcomes)}");
    }

    /// <summary>A written reason or answer: 10 to 4000 characters once surrounding spaces are trimmed.</summary>
    public static IResult? TextLength(string field, string? text)
    {
        var length = text?.Trim().Length ?? 0;
        return length is >= MinReason and <= MaxReason
            ? null
            : Problems.BadRequest(field, text ?? null, $"is {length} characters long; it must be {MinReason} to {MaxReason} characters");
    }
}
