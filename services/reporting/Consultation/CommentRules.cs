using System.Text.RegularExpressions;
using Assessment.Reporting.Api;
using Assessment.Reporting.Contests;

namespace Assessment.Reporting.Consultation;

/// <summary>What a comment may be tied to, and the checks that need only the request and the methodology's text.</summary>
public static partial class CommentRules
{
    public static readonly IReadOnlyList<string> TargetKinds = ["indicator", "weight", "rule"];
    public const int MaxTarget = 200;

    public static IResult? Check(CommentRequest request, string methodologyYaml, string methodology)
    {
        if (request.TargetKind is null || !TargetKinds.Contains(request.TargetKind))
        {
            return Problems.BadRequest("targetKind", request.TargetKind, $"must be one of {string.Join(", ", TargetKinds)}");
        }

        var target = request.Target?.Trim();
        if (string.IsNullOrEmpty(target) || target.Length > MaxTarget)
        {
            return Problems.BadRequest("target", request.Target, $"name the {request.TargetKind} commented on (1 to {MaxTarget} characters)");
        }

        // An indicator, or the weight of an indicator or area, must be one the methodology defines; a rule is named freely
        // (e.g. "missing-data policy") since rules have no codes.
        if (request.TargetKind != "rule" && !DefinesCode(methodologyYaml, target))
        {
            return Problems.BadRequest("target", target, $"is not an indicator or area code of {methodology}");
        }

        return ContestRules.TextLength("text", request.Text);
    }

    public static bool DefinesCode(string yaml, string code) =>
        Regex.IsMatch(yaml, @"code:\s*[""']?" + Regex.Escape(code) + @"[""']?\s*[,}\r\n]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
