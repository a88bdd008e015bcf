using System.Text;
using System.Text.Json;
using CrossBorderBot.Plans;
using CrossBorderBot.Storage;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// Saved plans in user state are read and written with System.Text.Json (<see cref="SavedPlansStateCodec"/>) in the
/// JSON Json.NET's state serializer gives them: a captured plan is written back byte for byte, plans of other list
/// types and with nulls are written as Json.NET writes them, and each serializer reads what the other wrote.
/// </summary>
public sealed class SavedPlansStateCodecTests
{
    private static readonly Newtonsoft.Json.JsonSerializer JsonNet = BotStateJson.CreateStoreSerializer();

    [Fact]
    public void A_captured_saved_plan_reads_as_jsonnet_reads_it_and_is_written_back_byte_for_byte()
    {
        var stored = JObject.Parse(StoredStateSamples.UserWithPlan)["SavedPlans"]!.ToString(Newtonsoft.Json.Formatting.None);
        var json = Encoding.UTF8.GetBytes(stored);

        var read = StateValueCodecs.Read(json);

        Assert.IsType<SavedPlans>(read);
        Assert.Equal(BotStateJson.Serialize(ReadWithJsonNet(stored), JsonNet), BotStateJson.Serialize(read!, JsonNet));
        Assert.Equal(stored, Write(read!));
    }

    [Fact]
    public void Plans_with_arrays_nulls_and_awkward_text_are_written_as_jsonnet_writes_them_and_read_back_equal()
    {
        var plans = new SavedPlans
        {
            Plans =
            [
                new GuidePlan("guide-logistics", "物流方案：2 公斤 \"鞋\" → 德国", new DateTimeOffset(2026, 12, 3, 16, 10, 15, TimeSpan.FromHours(8)), "zh-CN",
                    new[] { new PlanSection("你的回答", new[] { "重量：2 公斤", "a\\b\tc" }) },
                    new List<PlanSource> { new("Source", "Publisher", "https://example.test/?a=1&b=<2>", null), new("S2", "P2", "u", new DateOnly(2026, 1, 2)) },
                    Caveats: null),
                new GuidePlan("guide-platform", "Platform plan", new DateTimeOffset(2026, 12, 3, 8, 0, 0, 120, TimeSpan.Zero).AddTicks(5), "en",
                    new List<PlanSection> { new("Answers", new List<string>()), new("Empty", Array.Empty<string>()) },
                    Array.Empty<PlanSource>(),
                    Caveats: new List<string> { "one caveat" }),
            ],
        };

        var written = Write(plans);

        Assert.Equal(BotStateJson.Serialize(plans, JsonNet), written);
        Assert.Equal(written, BotStateJson.Serialize(ReadWithJsonNet(written), JsonNet));
        Assert.Equal(written, Write(StateValueCodecs.Read(Encoding.UTF8.GetBytes(written))!));
    }

    /// <summary>A plan keeps the guide's answers (so a what-if after recalling it can run the guide again); a plan
    /// without them is written without the member, as before.</summary>
    [Fact]
    public void A_plan_with_the_guides_answers_is_written_as_jsonnet_writes_it_and_read_back_with_them()
    {
        var withAnswers = new GuidePlan("guide-logistics", "Logistics plan", new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), "en",
            new List<PlanSection> { new("Your answers", new List<string> { "Weight: 2 kg" }) }, new List<PlanSource>(), Caveats: null,
            Answers: """{"WeightKg":2.0,"Destination":"de"}""");
        var without = withAnswers with { Answers = null };

        var written = Write(new SavedPlans { Plans = [withAnswers, without] });

        Assert.Equal(BotStateJson.Serialize(new SavedPlans { Plans = [withAnswers, without] }, JsonNet), written);
        var readBack = (SavedPlans)StateValueCodecs.Read(Encoding.UTF8.GetBytes(written))!;
        Assert.Equal(withAnswers.Answers, readBack.Plans[0].Answers);
        Assert.Null(readBack.Plans[1].Answers);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(written, "\"Answers\""));
    }

    [Fact]
    public void Plans_stored_in_another_shape_are_read_by_jsonnet_as_before()
    {
        // Plain arrays (no type names on the lists) and an unknown member: not the shape this codec expects.
        var stored = """{"$type":"CrossBorderBot.Plans.SavedPlans, CrossBorderBot","Plans":[{"GuideId":"g","Title":"t","CreatedAt":"2026-12-03T08:00:00+00:00","Language":"en","Sections":[{"Heading":"h","Lines":["l"]}],"Sources":[],"Caveats":null,"Later":1}]}""";

        var read = (SavedPlans)StateValueCodecs.Read(Encoding.UTF8.GetBytes(stored))!;

        Assert.Equal(BotStateJson.Serialize(ReadWithJsonNet(stored), JsonNet), BotStateJson.Serialize(read, JsonNet));
        Assert.Equal("l", read.Plans[0].Sections[0].Lines[0]);
    }

    [Fact]
    public void Plans_carried_over_are_written_back_as_the_bytes_they_were_read_from_and_both_serializers_read_them()
    {
        // The captured plan (this codec's own form) and one stored with plain lists, which this codec reads too.
        var captured = JObject.Parse(StoredStateSamples.UserWithPlan)["SavedPlans"]!["Plans"]![0]!.ToString(Newtonsoft.Json.Formatting.None);
        const string plainLists = """{"GuideId":"guide-platform","Title":"Platform plan","CreatedAt":"2026-12-01T08:00:00+00:00","Language":"en","Sections":[{"Heading":"h","Lines":["l1","l2"]}],"Sources":[{"Title":"s","Publisher":"p","Url":"u","Reviewed":null}],"Caveats":null}""";
        const string head = """{"$type":"CrossBorderBot.Plans.SavedPlans, CrossBorderBot","Plans":[""";
        var stored = head + captured + "," + plainLists + "]}";

        // A result turn: the plans are read, a new one is put first (as PlanStore does), and the value is written.
        var plans = (SavedPlans)StateValueCodecs.Read(Encoding.UTF8.GetBytes(stored))!;
        var added = new GuidePlan("guide-logistics", "Logistics plan", new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), "en",
            new List<PlanSection> { new("Your answers", new List<string> { "Weight: 2 kg" }) }, new List<PlanSource>(), Caveats: null);
        plans.Plans.Insert(0, added);
        var written = Write(plans);

        var addedAlone = Write(new SavedPlans { Plans = [added] });
        Assert.Equal(head + addedAlone[head.Length..^2] + "," + captured + "," + plainLists + "]}", written);
        // Each reader gets the same plans (compared without type names: for plain lists the two build different list types).
        var readBack = (SavedPlans)StateValueCodecs.Read(Encoding.UTF8.GetBytes(written))!;
        Assert.True(JToken.DeepEquals(JToken.FromObject(ReadWithJsonNet(written)), JToken.FromObject(readBack)));
        Assert.Equal(["l1", "l2"], readBack.Plans[2].Sections[0].Lines);
        Assert.Equal("Logistics plan: 2 kg of shoes to Germany", readBack.Plans[1].Title);
    }

    [Fact]
    public void A_plan_replaced_by_a_changed_copy_is_written_from_the_copy()
    {
        var stored = JObject.Parse(StoredStateSamples.UserWithPlan)["SavedPlans"]!.ToString(Newtonsoft.Json.Formatting.None);
        var plans = (SavedPlans)StateValueCodecs.Read(Encoding.UTF8.GetBytes(stored))!;

        plans.Plans[0] = plans.Plans[0] with { Title = "Renamed" };

        Assert.Equal(stored.Replace("Logistics plan: 2 kg of shoes to Germany", "Renamed", StringComparison.Ordinal), Write(plans));
    }

    [Fact]
    public void A_list_type_the_binder_refuses_still_fails_the_read_after_allowed_list_types_were_remembered()
    {
        var stored = JObject.Parse(StoredStateSamples.UserWithPlan)["SavedPlans"]!.ToString(Newtonsoft.Json.Formatting.None);
        _ = StateValueCodecs.Read(Encoding.UTF8.GetBytes(stored));
        var sectionsType = "System.Collections.Generic.List`1[[CrossBorderBot.Plans.PlanSection, CrossBorderBot]], System.Private.CoreLib";
        Assert.Contains(sectionsType, stored, StringComparison.Ordinal);

        var tampered = stored.Replace(sectionsType, "System.Collections.Generic.List`1[[System.Windows.Data.ObjectDataProvider, PresentationFramework]], System.Private.CoreLib", StringComparison.Ordinal);

        var failure = Assert.ThrowsAny<Exception>(() => StateValueCodecs.Read(Encoding.UTF8.GetBytes(tampered)));
        Assert.Contains("PresentationFramework", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_type_name_written_with_escapes_reads_as_the_same_name()
    {
        var stored = JObject.Parse(StoredStateSamples.UserWithPlan)["SavedPlans"]!.ToString(Newtonsoft.Json.Formatting.None);
        _ = StateValueCodecs.Read(Encoding.UTF8.GetBytes(stored));
        var escaped = stored.Replace("System.Collections.Generic.List`1[[", "System.Collections.Generic.List\\u00601[[", StringComparison.Ordinal);

        var read = StateValueCodecs.Read(Encoding.UTF8.GetBytes(escaped))!;

        Assert.Equal(BotStateJson.Serialize(StateValueCodecs.Read(Encoding.UTF8.GetBytes(stored))!, JsonNet), BotStateJson.Serialize(read, JsonNet));
    }

    private static object ReadWithJsonNet(string json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json));
        return JsonNet.Deserialize<object>(reader)!;
    }

    private static string Write(object value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StateValueCodecs.Encoder }))
        {
            StateValueCodecs.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
