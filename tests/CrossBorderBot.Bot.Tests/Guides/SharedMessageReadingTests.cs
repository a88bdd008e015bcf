using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;
using Newtonsoft.Json;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The router reads a message with no question waiting (does the running guide read it?), then the guide takes it with
/// its question waiting; the second reading takes the places and each slot's clear phrases from the first
/// (<see cref="MessageReadings{TKey, TValue}"/>). It must be exactly what a reader that never saw the message reads.
/// </summary>
public sealed class SharedMessageReadingTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    private static readonly string[] WaitingSlots =
    [
        LogisticsSlotReader.Weight, LogisticsSlotReader.Size, LogisticsSlotReader.Value, LogisticsSlotReader.Destination, LogisticsSlotReader.Category,
        LogisticsSlotReader.Urgency, LogisticsSlotReader.Tracking, LogisticsSlotReader.Returns, LogisticsSlotReader.Goods,
    ];

    [Fact]
    public void A_reading_is_read_once_per_message_string_and_never_for_another_string_with_the_same_words()
    {
        var memo = new MessageReadings<string, string>();
        var reads = 0;
        string Read(string key)
        {
            reads++;
            return key + "!";
        }

        var message = new string("ship 2 kg to germany");
        Assert.Equal("size!", memo.Get(message, "size", null, Read));
        Assert.Equal("size!", memo.Get(message, "size", null, Read));
        Assert.Equal(1, reads);

        Assert.Equal("goods!", memo.Get(message, "goods", null, Read));
        Assert.Equal(2, reads);

        // The same words from another turn or user arrive as another string: read afresh.
        Assert.Equal("size!", memo.Get(new string("ship 2 kg to germany"), "size", null, Read));
        Assert.Equal(3, reads);

        // A reading kept for one object (a turn's entities) is read again for another, and replaces it: one a key.
        var turn1 = new object();
        var turn2 = new object();
        memo.Get(message, "places", turn1, Read);
        memo.Get(message, "places", turn1, Read);
        Assert.Equal(4, reads);
        memo.Get(message, "places", turn2, Read);
        memo.Get(message, "places", turn1, Read);
        Assert.Equal(6, reads);
    }

    [Fact]
    public void The_guides_reading_after_the_routers_is_the_reading_of_a_message_never_read_before()
    {
        var locations = new GuideLocationResolver(Kb.Value, Recognizer.Value);
        var shared = new LogisticsSlotReader(Kb.Value, locations, SlotVocabulary.Default);
        var fresh = new LogisticsSlotReader(Kb.Value, locations, SlotVocabulary.Default);
        var texts = TrainingCorpus.Load().Select(example => example.Text).Where((_, i) => i % 3 == 0)
            .Concat(["ship 2 kg of shoes to Germany, value 60 USD", "30x20x15 cm", "standard", "yes", "neither", "not sure", "don't know the size",
                "寄两公斤茶叶去沙特阿拉拍", "两百", "forty five pounds", "no dims, 2 kg to italy, standard", "the gulf", "just clothes, nothing special"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var compared = 0;
        foreach (var text in texts)
        {
            var entities = Recognizer.Value.Understand(text, CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities;
            foreach (var waiting in WaitingSlots)
            {
                // A new string each round, as each turn's message is: the router's reading, then the guide's.
                var message = new string(text);
                var routers = shared.Read(message, entities, waitingSlot: null);
                var guides = shared.Read(message, entities, waiting);

                Assert.Equal(Describe(fresh.Read(new string(text), entities, waitingSlot: null)), Describe(routers));
                Assert.Equal(Describe(fresh.Read(new string(text), entities, waiting)), Describe(guides));
                compared++;
            }
        }

        Assert.True(compared > 1000, $"{compared} readings compared");
    }

    private static string Describe((LogisticsAnswers Read, HashSet<string> Defaults) reading) =>
        JsonConvert.SerializeObject(reading.Read) + " defaults: " + string.Join(",", reading.Defaults.Order(StringComparer.Ordinal));
}
