using Assessment.Indicators.Quality;

namespace Assessment.Indicators.Tests.Quality;

public class BodyValuesTests
{
    [Fact]
    public void Loaded_values_are_kept_sorted_by_body_with_their_own_revision_and_value()
    {
        var values = BodyValues.From(["KZ-19", "KZ-11", "KZ-15"], [1, 3, 2], [19, 11, 15]);

        Assert.Equal(["KZ-11", "KZ-15", "KZ-19"], values.Bodies.ToArray());
        Assert.Equal([11d, 15d, 19d], values.Values.ToArray());
    }

    [Fact]
    public void A_later_revision_replaces_the_value_and_an_earlier_one_does_not()
    {
        var values = BodyValues.From(["KZ-11"], [2], [100]);

        values.Set("KZ-11", 1, 50);
        Assert.Equal([100d], values.Values.ToArray());
        values.Set("KZ-11", 3, 400);
        Assert.Equal([400d], values.Values.ToArray());
    }

    [Fact]
    public void A_new_body_is_inserted_in_order_growing_the_arrays_as_needed()
    {
        var values = BodyValues.From([], [], []);
        string[] arriving = ["KZ-33", "KZ-11", "KZ-75", "KZ-19", "KZ-15", "KZ-71"];
        foreach (var body in arriving)
        {
            values.Set(body, 1, arriving.Length);
        }

        Assert.Equal(arriving.Order(StringComparer.Ordinal), values.Bodies.ToArray());
        Assert.Equal(6, values.Count);
    }

    [Fact]
    public void Arrays_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => BodyValues.From(["KZ-11", "KZ-15"], [1], [1, 2]));
    }
}
