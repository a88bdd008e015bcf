using System.Numerics;
using System.Text;
using System.Text.Json;
using CrossBorderBot.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Storage;

/// <summary>Numbers in stored dialog state come back as the types Json.NET's state serializer gave them.</summary>
public sealed class StateNumberReadTests
{
    [Fact]
    public void Integers_read_as_long_larger_ones_as_BigInteger_others_as_double()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""{"small":5,"negative":-0,"large":123456789012345678901234,"float":2.0}"""));
        reader.Read();
        var json = (JObject)JTokenUtf8.Read(ref reader);
        var expected = JObject.Parse("""{"small":5,"negative":-0,"large":123456789012345678901234,"float":2.0}""");

        Assert.IsType<long>(((JValue)json["small"]!).Value);
        Assert.IsType<long>(((JValue)json["negative"]!).Value);
        Assert.IsType<BigInteger>(((JValue)json["large"]!).Value);
        Assert.IsType<double>(((JValue)json["float"]!).Value);
        foreach (var property in expected.Properties())
        {
            Assert.Equal(((JValue)property.Value).Value!.GetType(), ((JValue)json[property.Name]!).Value!.GetType());
        }
    }
}
