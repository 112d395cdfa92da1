using Npgsql;

namespace Assessment.Bench.Rollout;

/// <summary>
/// Bench-only seed: quarterly indicators reported by every kind of body, written straight into the bench's own
/// temporary indicators database, because the catalogue has no API to add indicators yet (bodies have one, and the
/// bench uses it). Nothing here touches a real deployment.
/// </summary>
internal static class QuarterlyIndicatorSeed
{
    public static string Code(int i) => $"rollout_q{i:D3}";

    public static async Task AddAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO indicators (code, name_kk, name_ru, name_en, unit, direction, valid_min, valid_max, periodicity, reported_by)
            SELECT 'rollout_q' || lpad(i::text, 3, '0'), 'Тоқсандық көрсеткіш ' || i, 'Квартальный показатель ' || i, 'Quarterly indicator ' || i,
                   'index', CASE WHEN i % 2 = 0 THEN 'higher' ELSE 'lower' END, 0, 1000, 'quarter',
                   ARRAY['central_body', 'oblast', 'city', 'district']
            FROM generate_series(1, $1) AS i
            ON CONFLICT (code) DO NOTHING
            """, connection);
        command.Parameters.AddWithValue(count);
        await command.ExecuteNonQueryAsync();
    }
}
