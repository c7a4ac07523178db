package org.attache.core.document;

/** A piece of a document's flow, with no page positions: the PDF renderer decides where each goes. */
public sealed interface Block permits Heading, Paragraph, BulletList, Table, ChartBlock, Callout, KeyFigures,
        SourceList, PageBreak, BottomLine {
}
