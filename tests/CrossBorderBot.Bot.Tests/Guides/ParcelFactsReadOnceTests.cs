using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;
using Newtonsoft.Json;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The logistics reader reads what a message says whatever question waits once per message (the router reads it with no
/// question waiting, the guide with its own): the readings for each waiting question are the same as a fresh reader's.
/// </summary>
public sealed class ParcelFactsReadOnceTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = new(CrossBorderRecognizer.CreateDefault);

    private static readonly string?[] WaitingSlots =
    [
        null, LogisticsSlotReader.Weight, LogisticsSlotReader.Size, LogisticsSlotReader.Value, LogisticsSlotReader.Destination,
        LogisticsSlotReader.Urgency, LogisticsSlotReader.Tracking, LogisticsSlotReader.Returns, LogisticsSlotReader.Goods,
    ];

    [Theory]
    [InlineData("3 cartons, 36 kg in total, 40x30x30, to lyon, 200 usd each, no rush, tracked please")]
    [InlineData("forty five pounds")]
    [InlineData("its only merino wool, nothing else")]
    [InlineData("we're a uk company, how should we ship a 2 kg parcel of wool socks?")]
    [InlineData("跟上次发东京的一样重，货值两百，走邮政小包就行")]
    [InlineData("no dims yet, something like DHL, buyers may return within 30 days")]
    public void Readings_for_each_waiting_question_are_the_same_as_a_fresh_readers(string text)
    {
        var entities = Recognizer.Value.Understand(text, LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities;
        var shared = Reader();
        foreach (var waiting in WaitingSlots)
        {
            var once = shared.Read(text, entities, waiting);
            var fresh = Reader().Read(text, entities, waiting);
            Assert.Equal(JsonConvert.SerializeObject(fresh.Read), JsonConvert.SerializeObject(once.Read));
            Assert.Equal(fresh.Defaults.Order(), once.Defaults.Order());
        }
    }

    private static LogisticsSlotReader Reader() =>
        new(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default);
}
