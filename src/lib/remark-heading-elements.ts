import type { Root, Heading, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkHeadingElements() {
  return (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node: any, index, parent: any) => {
      const m = /^h([2-4])$/.exec(node.name ?? '');
      if (!m || !parent || index === undefined) return;
      const idAttr = node.attributes.find((a: any) => a.name === 'id');
      console.log(JSON.stringify(node.children.map((c: any) => c.type)));
      const heading: Heading = {
        type: 'heading',
        depth: Number(m[1]) as 2 | 3 | 4,
        children: node.children as PhrasingContent[],
        data: { hProperties: { id: idAttr.value } },
      };
      parent.children[index] = heading;
    });
  };
}
