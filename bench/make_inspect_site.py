#!/usr/bin/env python3
"""Generates a static government-like site for the inspection benchmark.

    bench/make_inspect_site.py DIR PAGES

Page i links to pages 2i+1 and 2i+2 (a binary tree, so every page is reachable), to the next
page, to its column list, and every 50th page to a page that does not exist (the planted broken
links, listed in DIR/broken.txt). Pages carry a title, a lang attribute and a date.
"""
import os
import sys


def page(index, pages):
    links = [f'<a href="/p/{child}.html">第{child}条</a>' for child in (2 * index + 1, 2 * index + 2, index + 1)
             if child < pages]
    links.append(f'<a href="/col{index % 20}/index.html">栏目{index % 20}</a>')
    if index % 50 == 0:
        links.append(f'<a href="/missing/{index}.html">失效链接</a>')
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>第{index}条 - 某某市人民政府</title></head><body><h1>第{index}条信息</h1>'
            f'<p>发布日期：2024-06-{index % 28 + 1:02d}</p><p>为进一步做好政务公开工作，现将有关事项通知如下。</p>'
            + ''.join(f'<li>{link}</li>' for link in links) + '</body></html>\n')


def main():
    root, pages = sys.argv[1], int(sys.argv[2])
    os.makedirs(os.path.join(root, 'p'), exist_ok=True)
    broken = []
    for index in range(pages):
        with open(os.path.join(root, 'p', f'{index}.html'), 'w', encoding='utf-8') as out:
            out.write(page(index, pages))
        if index % 50 == 0:
            broken.append(f'/missing/{index}.html')
    for column in range(20):
        os.makedirs(os.path.join(root, f'col{column}'), exist_ok=True)
        with open(os.path.join(root, f'col{column}', 'index.html'), 'w', encoding='utf-8') as out:
            out.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作动态'
                      '</title></head><body><ul><li><a href="/p/0.html">首条</a> 2024-06-20</li></ul></body></html>\n')
    with open(os.path.join(root, 'index.html'), 'w', encoding='utf-8') as out:
        out.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>首页</title></head>'
                  '<body><a href="/p/0.html">开始</a> 2024-06-28</body></html>\n')
    with open(os.path.join(root, 'broken.txt'), 'w', encoding='utf-8') as out:
        out.write('\n'.join(broken) + '\n')


if __name__ == '__main__':
    main()
