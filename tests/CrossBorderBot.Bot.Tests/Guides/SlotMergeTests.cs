using CrossBorderBot.Dialogs.Guides;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The merge-and-explain step the slot-filling guides share.</summary>
public sealed class SlotMergeTests
{
    [Fact]
    public void New_changed_and_defaulted_answers_are_told_apart()
    {
        var current = new Dictionary<string, string> { ["weight"] = "2 kg" };
        var read = new Dictionary<string, string> { ["weight"] = "3 kg", ["destination"] = "Spain", ["urgency"] = "standard" };
        var (merged, changes) = SlotMerge.Apply(
            current,
            ["weight", "destination", "urgency"],
            (slot, answers) => new Dictionary<string, string>(answers) { [slot] = read[slot] },
            (slot, answers) => answers.GetValueOrDefault(slot),
            new HashSet<string> { "urgency" },
            waitingSlot: null,
            label: slot => slot + ": ");

        Assert.Equal("3 kg", merged["weight"]);
        Assert.Equal(["Spain"], changes.Noted);
        Assert.Equal(["weight: 2 kg → 3 kg"], changes.Changed);
        Assert.Equal(["standard"], changes.Defaults);
        Assert.False(changes.OnlyTheWaitingQuestion);
    }

    [Fact]
    public void An_answer_to_the_question_asked_alone_is_marked_so()
    {
        var (_, changes) = SlotMerge.Apply(
            new Dictionary<string, string>(),
            ["weight"],
            (slot, answers) => new Dictionary<string, string>(answers) { [slot] = "1 kg" },
            (slot, answers) => answers.GetValueOrDefault(slot),
            new HashSet<string>(),
            waitingSlot: "weight");
        Assert.True(changes.OnlyTheWaitingQuestion);
    }
}
