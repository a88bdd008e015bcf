using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Storage;

/// <summary>Stored state may only name types from trusted assemblies, in both directions.</summary>
public sealed class StateSerializationBinderTests
{
    private readonly JsonSerializer _serializer = BotStateJson.CreateSerializer();

    [Fact]
    public void TrustedTypesRoundTripWithTheirTypes()
    {
        var state = new Dictionary<string, object>
        {
            ["items"] = new List<StorageTestItem> { new() { Text = "a" } },
            ["options"] = new Dictionary<string, StorageOptions> { ["x"] = new() { Provider = "Memory" } },
            ["json"] = new JObject { ["k"] = "v" },
        };

        var back = RoundTrip(state);

        var dictionary = Assert.IsType<Dictionary<string, object>>(back);
        Assert.Equal("a", Assert.IsType<List<StorageTestItem>>(dictionary["items"])[0].Text);
        Assert.Equal("Memory", Assert.IsType<Dictionary<string, StorageOptions>>(dictionary["options"])["x"].Provider);
        Assert.Equal("v", Assert.IsType<JObject>(dictionary["json"])["k"]!.Value<string>());
    }

    [Fact]
    public void SavingATypeFromAnUntrustedAssemblyFailsAtOnce()
    {
        var state = new Dictionary<string, object> { ["x"] = new FactAttribute() };

        var failure = Assert.Throws<JsonSerializationException>(() => JToken.FromObject(state, _serializer));

        Assert.Contains("Xunit.FactAttribute", failure.Message);
    }

    [Fact]
    public void UntrustedAssemblyIsRefusedOnRead()
    {
        var failure = Assert.Throws<JsonSerializationException>(
            () => StateSerializationBinder.Instance.BindToType("PresentationFramework", "System.Windows.Data.ObjectDataProvider"));

        Assert.Contains("PresentationFramework", failure.Message);
    }

    [Fact]
    public void UntrustedGenericArgumentIsRefusedEvenInsideATrustedCollection()
    {
        // xunit.core is loadable here, so only the allow-list can be what refuses it.
        var failure = Assert.Throws<JsonSerializationException>(
            () => StateSerializationBinder.Instance.BindToType("System.Private.CoreLib", "System.Collections.Generic.List`1[[Xunit.FactAttribute, xunit.core]]"));

        Assert.Contains("xunit.core", failure.Message);
    }

    [Fact]
    public async Task MemoryStorageConfiguredByTheBotAlsoRefusesUntrustedTypes()
    {
        var storage = new MemoryStorage(BotStateJson.CreateSerializer());

        await Assert.ThrowsAnyAsync<JsonSerializationException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["k"] = new FactAttribute() }, CancellationToken.None));
    }

    [Fact]
    public void A_state_type_stored_under_its_former_name_reads_as_the_renamed_type()
    {
        // The question-card ledger as conversations stored it while it was Teams' own, with every type named.
        const string stored = """
            {"$type":"CrossBorderBot.Channels.Teams.TeamsCardLedger, CrossBorderBot","Sequence":7,
             "Cards":{"$type":"System.Collections.Generic.List`1[[CrossBorderBot.Channels.Teams.TeamsCardRecord, CrossBorderBot]], System.Private.CoreLib",
                      "$values":[{"$type":"CrossBorderBot.Channels.Teams.TeamsCardRecord, CrossBorderBot","PromptId":"p7"}]}}
            """;
        using var reader = new JsonTextReader(new StringReader(stored));

        var ledger = Assert.IsType<CrossBorderBot.Channels.QuestionCards.QuestionCardLedger>(_serializer.Deserialize<object>(reader));

        Assert.Equal(7, ledger.Sequence);
        Assert.Equal("p7", ledger.Current?.PromptId);
    }

    private object? RoundTrip(object value)
    {
        var json = JToken.FromObject(value, _serializer).ToString(Formatting.None);
        using var reader = new JsonTextReader(new StringReader(json));
        return _serializer.Deserialize<object>(reader);
    }
}
