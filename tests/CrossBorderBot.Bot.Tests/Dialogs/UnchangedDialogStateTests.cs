using System.Buffers;
using System.Text;
using System.Text.Json;
using CrossBorderBot.Dialogs;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A dialog stack read from the store writes back what no dialog changed as its stored bytes (an instance's state not
/// asked for, a map nothing was set in), and everything else as before. The stored stack here has blanks inside its
/// states, which the writer never writes: where they survive, the stored bytes were copied; where a change was made,
/// the written JSON must hold it.
/// </summary>
public sealed class UnchangedDialogStateTests
{
    // A menu component running a guide component, whose waterfall waits on a prompt (the shape of a guide turn).
    private const string Stored = """
        {"dialogStack":[{"id":"menu","version":1,"state":{ "dialogs" : {"dialogStack":[{"id":"menu.steps","version":3,"state":{ "values" : { } , "stepIndex" : 1 }},{"id":"guide","version":1,"state":{ "dialogs" : {"dialogStack":[{"id":"guide.steps","version":10,"state":{ "values" : { "answers" : { "WeightKg" : 2.0 } } , "asked" : [ { "Step" : 2 , "Values" : { } } ] , "stepIndex" : 5 }},{"id":"guide.urgency","version":1,"state":{ "options" : { "MaxAttempts" : 3 } , "attempts" : 0 }}]} }}]} }}]}
        """;

    public static TheoryData<string, Action<DialogState>, string> Changes() => new()
    {
        {
            "a value set in the waterfall's values",
            stack => Steps(stack).State.MapAt("values").Set("answers", JObject.Parse("""{"WeightKg":3.0}""")),
            """{"values":{"answers":{"WeightKg":3.0}},"asked":[{"Step":2,"Values":{}}],"stepIndex":5}"""
        },
        {
            "a value removed from the prompt",
            stack => Prompt(stack).State.Remove("attempts"),
            """{"options":{"MaxAttempts":3}}"""
        },
        {
            "a value set on the prompt",
            stack => Prompt(stack).SetValue("attempts", 1),
            """{"options":{"MaxAttempts":3},"attempts":1}"""
        },
        {
            "the waterfall's history recorded",
            stack => WaterfallHistory.Of(Steps(stack).State, "asked").Record(5, new DialogValueMap(), "standard"),
            """{"values":{"answers":{"WeightKg":2.0}},"asked":[{"Step":2,"Values":{}},{"Step":5,"Values":{},"Result":"standard"}],"stepIndex":5}"""
        },
        {
            "a map created on the prompt where none was",
            stack => Prompt(stack).State.MapAt("values"),
            """{"options":{"MaxAttempts":3},"attempts":0,"values":{}}"""
        },
    };

    [Fact]
    public void A_stack_no_dialog_changed_is_written_as_stored_whether_or_not_its_values_were_read()
    {
        var untouched = DialogValueJson.ReadStack(Encoding.UTF8.GetBytes(Stored));
        Assert.Equal(Stored, Write(untouched));

        var read = DialogValueJson.ReadStack(Encoding.UTF8.GetBytes(Stored));
        Assert.Equal(2m, Steps(read).State.MapAt("values").Get<JObject>("answers")!.Value<decimal>("WeightKg"));
        Assert.Equal(3, Prompt(read).GetValue<JObject>("options")!.Value<int>("MaxAttempts"));
        Assert.True(new WaterfallDialog("guide.steps", []).CanGoBack(null!, Steps(read)), "the stored history is read");
        Assert.Equal("menu.steps", Inner(Root(read)).DialogStack[0].Id);

        Assert.Equal(Stored, Write(read));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_anywhere_in_the_stack_is_written_and_what_did_not_change_stays_as_stored(string change, Action<DialogState> make, string changedState)
    {
        var stack = DialogValueJson.ReadStack(Encoding.UTF8.GetBytes(Stored));

        make(stack);

        var written = Write(stack);
        var changed = JObject.Parse(written).SelectToken("dialogStack[0].state.dialogs.dialogStack[1].state.dialogs.dialogStack")!;
        var state = change.Contains("prompt", StringComparison.Ordinal) ? changed[1]!["state"]! : changed[0]!["state"]!;
        Assert.True(JToken.DeepEquals(JToken.Parse(changedState), state), $"{change}: {state.ToString(Newtonsoft.Json.Formatting.None)}");

        // The menu's waterfall, which nothing touched, keeps its stored bytes; the stack still reads back the same.
        Assert.Contains("""{"id":"menu.steps","version":3,"state":{ "values" : { } , "stepIndex" : 1 }}""", written, StringComparison.Ordinal);
        Assert.Equal(written, Write(DialogValueJson.ReadStack(Encoding.UTF8.GetBytes(written))));
    }

    [Fact]
    public void Instances_pushed_popped_renamed_or_given_a_new_state_are_written_as_they_are_now()
    {
        var stack = DialogValueJson.ReadStack(Encoding.UTF8.GetBytes(Stored));
        var guideStack = Inner(Inner(Root(stack)).DialogStack[1]);
        guideStack.DialogStack.RemoveAt(1);
        guideStack.DialogStack.Add(new DialogInstance { Id = "guide.size", Version = 2 });
        Inner(Root(stack)).DialogStack[0].Version = 4;
        Inner(Root(stack)).DialogStack[1].State = new DialogValueMap();
        var written = JObject.Parse(Write(stack));

        Assert.Equal(4, written.SelectToken("dialogStack[0].state.dialogs.dialogStack[0].version")!.Value<int>());
        Assert.Equal("{}", written.SelectToken("dialogStack[0].state.dialogs.dialogStack[1].state")!.ToString(Newtonsoft.Json.Formatting.None));

        var renamed = DialogValueJson.ReadStack(Encoding.UTF8.GetBytes(Stored));
        var guide = Inner(Root(renamed)).DialogStack[1];
        Inner(guide).DialogStack[1].Id = "guide.value";
        var inner = JObject.Parse(Write(renamed)).SelectToken("dialogStack[0].state.dialogs.dialogStack[1].state.dialogs.dialogStack")!;
        Assert.Equal(["guide.steps", "guide.value"], inner.Select(instance => instance.Value<string>("id")));

        var popped = DialogValueJson.ReadStack(Encoding.UTF8.GetBytes(Stored));
        Inner(Inner(Root(popped)).DialogStack[1]).DialogStack.RemoveAt(1);
        var left = JObject.Parse(Write(popped)).SelectToken("dialogStack[0].state.dialogs.dialogStack[1].state.dialogs.dialogStack")!;
        Assert.Equal(["guide.steps"], left.Select(instance => instance.Value<string>("id")));
    }

    private static DialogInstance Root(DialogState stack) => stack.DialogStack[0];

    private static DialogState Inner(DialogInstance component) => component.State.StackAt("dialogs");

    private static DialogInstance Steps(DialogState stack) => Inner(Inner(Root(stack)).DialogStack[1]).DialogStack[0];

    private static DialogInstance Prompt(DialogState stack) => Inner(Inner(Root(stack)).DialogStack[1]).DialogStack[1];

    private static string Write(DialogState stack)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = CrossBorderBot.Storage.StateValueCodecs.Encoder }))
        {
            DialogValueJson.WriteStack(writer, stack, typeName: null);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
