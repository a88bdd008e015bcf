using CrossBorderBot.Dialogs.Guides;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The dimensions a user types, in the ways people write them, become centimetres; "skip" is an answer too.</summary>
public sealed class ParcelSizePromptTests
{
    [Theory]
    [InlineData("40x30x20", 40, 30, 20)]
    [InlineData("40 x 30 x 20 cm", 40, 30, 20)]
    [InlineData("40*30*20cm", 40, 30, 20)]
    [InlineData("40×30×20", 40, 30, 20)]
    [InlineData("10 by 8 by 4 in", 25.4, 20.3, 10.2)]
    [InlineData("400x300x200 mm", 40, 30, 20)]
    [InlineData("40乘30乘20厘米", 40, 30, 20)]
    [InlineData("40 30 25左右", 40, 30, 25)]
    [InlineData("40, 30, 20 cm", 40, 30, 20)]
    [InlineData("大概 40/30/20", 40, 30, 20)]
    [InlineData("16 12 8 in", 40.6, 30.5, 20.3)]
    [InlineData("长35宽25高12", 35, 25, 12)]
    [InlineData("长35cm，宽25，高12厘米", 35, 25, 12)]
    [InlineData("length 50 width 40 height 30 cm", 50, 40, 30)]
    [InlineData("its a 25cm cube", 25, 25, 25)]
    [InlineData("边长25厘米的正方体箱子", 25, 25, 25)]
    [InlineData("a cube of 30 cm", 30, 30, 30)]
    public void Sizes_become_centimetres(string typed, decimal length, decimal width, decimal height) =>
        Assert.Equal(new ParcelSizeAnswer(length, width, height), ParcelSizePrompt.Parse(typed));

    [Theory]
    [InlineData("skip")]
    [InlineData("Don't know")]
    [InlineData("跳过")]
    [InlineData("不知道")]
    public void Skipping_is_an_answer(string typed) => Assert.True(ParcelSizePrompt.Parse(typed)!.Skipped);

    [Theory]
    [InlineData("big")]
    [InlineData("40x30")]
    [InlineData("0x30x20")]
    [InlineData("4000x30x20")]
    [InlineData("40 30")]
    [InlineData("2 boxes of 40 30 25")]
    [InlineData("40 30 25 kg")]
    [InlineData("长35宽25")]
    [InlineData("a cube")]
    public void Anything_else_is_asked_again(string typed) => Assert.Null(ParcelSizePrompt.Parse(typed));
}
