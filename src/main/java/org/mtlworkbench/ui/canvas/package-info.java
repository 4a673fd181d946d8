/**
 * The model canvas: the task palette, the sharing selector and the diagram of the model, redrawn
 * from the {@link org.mtlworkbench.ui.edit.ExperimentEditor}'s draft after every edit.
 *
 * <h2>How the diagram is drawn</h2>
 *
 * {@link org.mtlworkbench.ui.canvas.ModelDiagram} draws the input block and hands the rest to the
 * {@link org.mtlworkbench.ui.canvas.ArchitectureDrawing} of the draft's sharing scheme, one class
 * per scheme: {@code HardSharingDrawing} (backbone → heads), {@code SoftSharingDrawing} (towers
 * tied by λ), {@code CrossStitchDrawing} (towers with a unit across them after every layer),
 * {@code MmoeDrawing} (experts → one gate per task → heads), {@code MtanDrawing} (shared conv stages
 * with one attention module per task beside each), {@code CgcDrawing} (shared and each task's own
 * experts → one gate per task), {@code PleDrawing} (CGC levels in frames, a shared gate between
 * them; both built from {@code ExtractionLevel}), {@code DSelectKDrawing} (experts → gates holding
 * k selectors). Stages and levels are cut where the engine cuts them ({@link
 * org.mtlworkbench.model.BackboneBlocks}); a long run of experts is folded by {@code
 * ExpertBlocks}. A drawing returns its rows of blocks
 * and the links between them; {@link org.mtlworkbench.ui.canvas.DiagramRegion} lays the rows out and
 * draws the links from the blocks' positions. The pieces all drawings share come from
 * {@link org.mtlworkbench.ui.canvas.DiagramParts}: backbone layer rows whose click selects the
 * layer, the task heads (×, drag off, click), the drop hint, and blocks whose click selects the
 * scheme's own settings ({@link org.mtlworkbench.ui.edit.Selection.Scheme}).
 *
 * <h2>Adding the drawing of a new architecture</h2>
 *
 * <ol>
 *   <li>Add the scheme to {@link org.mtlworkbench.model.Sharing} (with its settings in {@code
 *       ModelSpec} and a {@code with…} copy method there, as {@code withMmoe}). The build then
 *       stops at every switch that must learn of it: its name and sentence in {@link
 *       org.mtlworkbench.ui.canvas.SharingTips}, its drawing in {@code ArchitectureDrawings}, its
 *       inspector rows in {@code ui.inspect.SchemeRows}.</li>
 *   <li>Write {@code XyzDrawing implements ArchitectureDrawing} in this package: build the blocks
 *       from {@code DiagramParts} ({@code layerBlock} or {@code addLayerRows} for copies of the
 *       backbone layers, {@code head(task)} for each task's head, {@code selectsScheme} or {@code
 *       titleSelectsScheme} on the parts that stand for the scheme's settings), give every block
 *       a stable id (tests and screenshots find them by it: {@code expert-2}, {@code gate-y1},
 *       {@code stitch-1}), add a {@code Link.flow(from, to)} for every connection, and return the
 *       rows top to bottom. Name the paper in the class Javadoc.</li>
 *   <li>Give the new style classes their look in {@code assets/css/base.css} in terms of the
 *       {@code -mtl-*} colours only, so both themes follow.</li>
 *   <li>Add its rows to {@code SchemeRows} (each value checked by the spec record that owns it, one
 *       undo step each) and a TestFX test as {@code SchemeDrawingsTest}: the parts where they belong,
 *       the links counted, a click selecting the right thing, an edit with undo.</li>
 * </ol>
 *
 * <p>The sharing selector ({@link org.mtlworkbench.ui.canvas.SharingSelector}) makes one button per
 * {@code Sharing} value and wraps them onto more lines when the pane is narrow, so a new scheme
 * needs nothing there.
 */
package org.mtlworkbench.ui.canvas;
