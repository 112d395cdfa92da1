using Npgsql;
using NpgsqlTypes;

namespace Assessment.Indicators.Catalogue;

/// <summary>The indicators table's columns and one indicator's values for them, as parameters $1 to $11 in that order.</summary>
internal static class IndicatorRow
{
    public const string Columns = "code, name_kk, name_ru, name_en, unit, direction, valid_min, valid_max, periodicity, reported_by, target";

    public static void AddParameters(NpgsqlParameterCollection parameters, IndicatorRecord indicator)
    {
        parameters.AddWithValue(indicator.Code);
        parameters.AddWithValue(indicator.NameKk);
        parameters.AddWithValue(indicator.NameRu);
        parameters.AddWithValue(indicator.NameEn);
        parameters.AddWithValue(indicator.Unit);
        parameters.AddWithValue(indicator.Direction);
        parameters.AddWithValue(indicator.ValidMin);
        parameters.AddWithValue(indicator.ValidMax);
        parameters.AddWithValue(indicator.Periodicity);
        parameters.AddWithValue(indicator.ReportedBy.ToArray());
        parameters.Add(new NpgsqlParameter { Value = (object?)indicator.Target ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Double });
    }
}
