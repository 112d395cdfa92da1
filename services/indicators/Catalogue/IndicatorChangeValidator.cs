using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Catalogue;

/// <summary>Checks an indicator sent by an admin and turns it into a record; every problem is named with its field and value.</summary>
public static partial class IndicatorChangeValidator
{
    public const int MaxUnitLength = 32;

    public static (IndicatorRecord? Indicator, IReadOnlyList<string> Problems) Validate(Indicator indicator)
    {
        var problems = new List<string>();
        if (!IndicatorCode().IsMatch(indicator.Code))
        {
            problems.Add($"code '{indicator.Code}': 1 to 64 letters, digits or '_', '.', '-', starting with a letter or digit (e.g. unemployment_rate).");
        }

        foreach (var (field, text) in new[] { ("name.kk", indicator.Name?.Kk), ("name.ru", indicator.Name?.Ru), ("name.en", indicator.Name?.En) })
        {
            if (string.IsNullOrWhiteSpace(text) || text.Length > 300 || text.Any(char.IsControl))
            {
                problems.Add($"{field}: 1 to 300 characters without control characters.");
            }
        }

        if (string.IsNullOrWhiteSpace(indicator.Unit) || indicator.Unit.Length > MaxUnitLength || indicator.Unit.Any(char.IsControl))
        {
            problems.Add($"unit '{indicator.Unit}': 1 to {MaxUnitLength} characters without control characters (e.g. %, KZT, per 1,000).");
        }

        if (indicator.Direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter or Direction.Context))
        {
            problems.Add($"direction '{indicator.Direction}': one of HIGHER_IS_BETTER, LOWER_IS_BETTER, CONTEXT.");
        }

        var rangeIsNumbers = true;
        foreach (var (field, value) in new[] { ("valid_min", indicator.ValidMin), ("valid_max", indicator.ValidMax) })
        {
            if (!double.IsFinite(value))
            {
                problems.Add($"{field} '{Text(value)}': a finite number.");
                rangeIsNumbers = false;
            }
        }

        if (rangeIsNumbers && indicator.ValidMin >= indicator.ValidMax)
        {
            problems.Add($"valid_max '{Text(indicator.ValidMax)}': must be greater than valid_min '{Text(indicator.ValidMin)}'.");
        }

        if (indicator.Periodicity is not (Periodicity.Year or Periodicity.Quarter or Periodicity.Month))
        {
            problems.Add($"periodicity '{indicator.Periodicity}': one of YEAR, QUARTER, MONTH.");
        }

        if (indicator.ReportedBy.Count == 0)
        {
            problems.Add("reported_by: at least one body kind (CENTRAL_BODY, OBLAST, CITY_OF_REPUBLICAN_STATUS, DISTRICT).");
        }

        foreach (var kind in indicator.ReportedBy)
        {
            if (kind is not (BodyKind.CentralBody or BodyKind.Oblast or BodyKind.CityOfRepublicanStatus or BodyKind.District))
            {
                problems.Add($"reported_by '{kind}': one of CENTRAL_BODY, OBLAST, CITY_OF_REPUBLICAN_STATUS, DISTRICT.");
            }
        }

        foreach (var twice in indicator.ReportedBy.GroupBy(k => k).Where(g => g.Count() > 1))
        {
            problems.Add($"reported_by '{twice.Key}': named more than once.");
        }

        if (indicator.HasTarget)
        {
            if (!double.IsFinite(indicator.Target))
            {
                problems.Add($"target '{Text(indicator.Target)}': a finite number, or leave it out.");
            }
            else if (rangeIsNumbers && (indicator.Target < indicator.ValidMin || indicator.Target > indicator.ValidMax))
            {
                problems.Add($"target '{Text(indicator.Target)}': must lie within the valid range {Text(indicator.ValidMin)} to {Text(indicator.ValidMax)}.");
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new IndicatorRecord(indicator.Code, indicator.Name!.Kk.Trim(), indicator.Name.Ru.Trim(), indicator.Name.En.Trim(), indicator.Unit.Trim(),
            CatalogueMapping.FromDirection(indicator.Direction), indicator.ValidMin, indicator.ValidMax, CatalogueMapping.FromPeriodicity(indicator.Periodicity),
            indicator.ReportedBy.Select(CatalogueMapping.FromBodyKind).ToList(), indicator.HasTarget ? indicator.Target : null), problems);
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // The same rule as the indicators table's CHECK constraint.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex IndicatorCode();
}
